//! The words a reader meets on a page, for the language test: text between
//! tags and the attributes that are shown or read aloud.

/// The words a reader sees or hears on a page: text between tags (not in
/// `script` or `style`), and the attributes that are shown or read aloud.
pub fn words(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        push_text(&mut out, &rest[..open]);
        let after = &rest[open..];
        if let Some(comment) = after.strip_prefix("<!--") {
            rest = comment.find("-->").map_or("", |end| &comment[end + 3..]);
            continue;
        }
        let end = tag_end(after);
        let tag = &after[1..end];
        let name: String = tag
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '/' || *c == '!')
            .collect::<String>()
            .to_ascii_lowercase();
        attributes(&name, tag, &mut out);
        rest = after.get(end + 1..).unwrap_or("");
        // What a textarea holds is the reader's own text (an invitation
        // template), like an input's value; an element marked with its own
        // language (stored English audit details, a template's text) is
        // not in the page's.
        let own_language = name != "html" && tag.contains(" lang=\"");
        if name == "script" || name == "style" || name == "textarea" || own_language {
            let close = format!("</{name}");
            rest = rest.find(&close).map_or("", |at| &rest[at..]);
        }
    }
    push_text(&mut out, rest);
    out
}

/// Where a tag ends: the first `>` outside quotes.
fn tag_end(tag: &str) -> usize {
    let mut quote = None;
    for (i, c) in tag.char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '>') => return i,
            _ => {}
        }
    }
    tag.len().saturating_sub(1)
}

fn attributes(name: &str, tag: &str, out: &mut Vec<String>) {
    let is_button_input = name == "input"
        && ["type=\"submit\"", "type=\"button\"", "type=\"reset\""]
            .iter()
            .any(|t| tag.contains(t));
    let mut shown = vec!["title", "placeholder", "aria-label", "alt", "data-label"];
    if is_button_input {
        shown.push("value");
    }
    for attr in shown {
        let marker = format!(" {attr}=\"");
        let mut rest = tag;
        while let Some(at) = rest.find(&marker) {
            let value = &rest[at + marker.len()..];
            let end = value.find('"').unwrap_or(value.len());
            push_text(out, &value[..end]);
            rest = &value[end..];
        }
    }
}

fn push_text(out: &mut Vec<String>, raw: &str) {
    let decoded = raw
        .replace("&nbsp;", " ")
        .replace("&#160;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#34;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&amp;", "&");
    let text = decoded.split_whitespace().collect::<Vec<_>>().join(" ");
    let text = text.trim_matches(|c: char| "·|›»–—:*▲▼".contains(c) || c.is_whitespace());
    if text.chars().any(char::is_alphabetic) {
        out.push(text.to_owned());
    }
}

#[test]
fn words_are_the_text_and_the_attributes_a_reader_meets() {
    let html = r#"<html lang="en"><head><title>Accounts · Switchboard</title><style>p{}</style></head>
        <body><!-- a comment --><a href="/x" title="My Profile">Sam &amp; Ann</a>
        <input type="submit" value="Save"><input type="text" value="typed by the user">
        <td data-label="Name">Ann</td><script>var x = "<b>";</script><p>Two
        lines</p></body></html>"#;
    assert_eq!(
        words(html),
        [
            "Accounts · Switchboard",
            "My Profile",
            "Sam & Ann",
            "Save",
            "Name",
            "Ann",
            "Two lines"
        ]
    );
}
