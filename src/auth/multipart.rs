//! Just enough of `multipart/form-data` (RFC 7578) to find one small text
//! field in a body already read into memory, so the CSRF guard can check an
//! upload's token and hand the body on unchanged. Part headers are parsed by
//! `httparse` and `Content-Disposition` by actix-web's own parser.

use actix_web::http::header::{ContentDisposition, HeaderValue};

/// One part of a multipart body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part<'a> {
    pub name: String,
    /// The `filename` a browser gives a file part.
    pub file_name: Option<String>,
    pub body: &'a [u8],
}

/// The parts of `body`, in order; a malformed body yields the parts before
/// the fault.
pub fn parts<'a>(body: &'a [u8], boundary: &str) -> Vec<Part<'a>> {
    let mut found = Vec::new();
    let delimiter = format!("--{boundary}");
    let next_part = format!("\r\n--{boundary}");
    // The first delimiter opens the body or follows a preamble's CRLF.
    let mut pos = if body.starts_with(delimiter.as_bytes()) {
        0
    } else {
        match find(body, next_part.as_bytes(), 0) {
            Some(p) => p + 2,
            None => return found,
        }
    };
    loop {
        pos += delimiter.len();
        let Some(rest) = body.get(pos..) else {
            return found;
        };
        if rest.starts_with(b"--") {
            return found;
        }
        // Transport padding (spaces, tabs) may follow the delimiter before CRLF.
        let Some(eol) = rest.iter().position(|b| *b == b'\n') else {
            return found;
        };
        pos += eol + 1;
        let mut headers = [httparse::EMPTY_HEADER; 16];
        let Some(Ok(httparse::Status::Complete((used, headers)))) = body
            .get(pos..)
            .map(|b| httparse::parse_headers(b, &mut headers))
        else {
            return found;
        };
        let start = pos + used;
        let Some(end) = find(body, next_part.as_bytes(), start) else {
            return found;
        };
        if let (Some((name, file_name)), Some(part)) = (disposition(headers), body.get(start..end))
        {
            found.push(Part {
                name,
                file_name,
                body: part,
            });
        }
        pos = end + 2;
    }
}

/// The value of the first part named `name`, if it is valid UTF-8.
pub fn text_field(body: &[u8], boundary: &str, name: &str) -> Option<String> {
    parts(body, boundary)
        .into_iter()
        .find(|p| p.name == name)
        .and_then(|p| String::from_utf8(p.body.to_vec()).ok())
}

/// The part's name and file name, from its `Content-Disposition`.
fn disposition(headers: &[httparse::Header<'_>]) -> Option<(String, Option<String>)> {
    let raw = headers
        .iter()
        .find(|h| h.name.eq_ignore_ascii_case("content-disposition"))?;
    let value = HeaderValue::from_bytes(raw.value).ok()?;
    let disposition = ContentDisposition::from_raw(&value).ok()?;
    let name = disposition.get_name()?.to_owned();
    Some((name, disposition.get_filename().map(str::to_owned)))
}

fn find(haystack: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    haystack
        .get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|i| i + from)
}

#[cfg(test)]
mod tests {
    use super::text_field;

    const BODY: &str = "preamble\r\n--XyZ\r\nContent-Disposition: form-data; name=\"file\"; \
        filename=\"a.csv\"\r\nContent-Type: text/csv\r\n\r\nname,csrf_token\r\n--XY\r\n\
        \r\n--XyZ  \r\ncontent-disposition: form-data; name=\"csrf_token\"\r\n\r\nabc123\r\n\
        --XyZ--\r\nepilogue";

    #[test]
    fn finds_the_field_after_a_file_part() {
        assert_eq!(
            text_field(BODY.as_bytes(), "XyZ", "csrf_token").as_deref(),
            Some("abc123")
        );
    }

    #[test]
    fn a_missing_or_unterminated_field_is_none() {
        assert_eq!(text_field(BODY.as_bytes(), "XyZ", "other"), None);
        let cut = &BODY.as_bytes()[..BODY.find("abc123").unwrap_or(0) + 3];
        assert_eq!(text_field(cut, "XyZ", "csrf_token"), None);
        assert_eq!(text_field(b"", "XyZ", "csrf_token"), None);
    }

    #[test]
    fn a_field_name_only_in_file_content_does_not_count() {
        let body = "--b\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\n\
            Content-Disposition: form-data; name=\"csrf_token\"\r\n\r\nforged\r\n--b--\r\n";
        assert_eq!(text_field(body.as_bytes(), "b", "csrf_token"), None);
    }
}
