//! A tiny HTTP/1.1 server on loopback standing in for an SMS provider's
//! webhook: it records every request (method, path, headers, JSON body)
//! and answers each with the next status of its script, then 200.
#![allow(dead_code)]

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};

#[derive(Debug, Clone)]
pub struct Request {
    pub method: String,
    pub path: String,
    pub headers: Vec<(String, String)>,
    pub body: String,
    /// The status the sink answered with.
    pub answered: u16,
}

impl Request {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).expect("a JSON body")
    }

    /// `to` of the JSON body.
    pub fn to(&self) -> String {
        self.json()["to"].as_str().unwrap_or_default().to_owned()
    }

    /// `body` of the JSON body: the SMS text.
    pub fn text(&self) -> String {
        self.json()["body"].as_str().unwrap_or_default().to_owned()
    }
}

pub struct SmsSink {
    pub port: u16,
    requests: Arc<Mutex<Vec<Request>>>,
    script: Arc<Mutex<VecDeque<u16>>>,
    task: tokio::task::JoinHandle<()>,
}

impl SmsSink {
    /// Answers every request with 200.
    pub async fn start() -> Self {
        Self::scripted(&[]).await
    }

    /// Answers the first requests with `statuses`, in order, then 200.
    pub async fn scripted(statuses: &[u16]) -> Self {
        let listener = TcpListener::bind(("127.0.0.1", 0))
            .await
            .expect("bind the SMS sink");
        let port = listener.local_addr().expect("sink address").port();
        let requests: Arc<Mutex<Vec<Request>>> = Arc::default();
        let script = Arc::new(Mutex::new(
            statuses.iter().copied().collect::<VecDeque<_>>(),
        ));
        let (store, answers) = (requests.clone(), script.clone());
        let task = tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                tokio::spawn(serve(stream, store.clone(), answers.clone()));
            }
        });
        Self {
            port,
            requests,
            script,
            task,
        }
    }

    /// What `SMS_WEBHOOK_URL` should be set to.
    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}/sms?key=s3cret", self.port)
    }

    pub fn requests(&self) -> Vec<Request> {
        self.requests.lock().expect("sink lock").clone()
    }

    /// The messages accepted (answered 2xx).
    pub fn delivered(&self) -> Vec<Request> {
        self.requests()
            .into_iter()
            .filter(|r| (200..300).contains(&r.answered))
            .collect()
    }

    /// Waits until at least `count` requests arrived (or `timeout` passed).
    pub async fn wait_for(&self, count: usize, timeout: Duration) -> Vec<Request> {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let got = self.requests();
            if got.len() >= count || tokio::time::Instant::now() >= deadline {
                return got;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
}

impl Drop for SmsSink {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// One request per connection (the answer says `Connection: close`).
async fn serve(
    stream: TcpStream,
    store: Arc<Mutex<Vec<Request>>>,
    script: Arc<Mutex<VecDeque<u16>>>,
) {
    let (read, mut write) = stream.into_split();
    let mut reader = BufReader::new(read);
    let mut line = String::new();
    if reader.read_line(&mut line).await.unwrap_or(0) == 0 {
        return;
    }
    let mut parts = line.split_whitespace();
    let method = parts.next().unwrap_or_default().to_owned();
    let path = parts.next().unwrap_or_default().to_owned();
    let mut headers = Vec::new();
    loop {
        line.clear();
        if reader.read_line(&mut line).await.unwrap_or(0) == 0 {
            return;
        }
        let header = line.trim_end_matches(['\r', '\n']);
        if header.is_empty() {
            break;
        }
        if let Some((k, v)) = header.split_once(':') {
            headers.push((k.trim().to_owned(), v.trim().to_owned()));
        }
    }
    let length: usize = headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("content-length"))
        .and_then(|(_, v)| v.parse().ok())
        .unwrap_or(0);
    let mut body = vec![0u8; length];
    if reader.read_exact(&mut body).await.is_err() {
        return;
    }
    let status = script
        .lock()
        .expect("script lock")
        .pop_front()
        .unwrap_or(200);
    store.lock().expect("sink lock").push(Request {
        method,
        path,
        headers,
        body: String::from_utf8_lossy(&body).into_owned(),
        answered: status,
    });
    let reason = match status {
        200 => "OK",
        400 => "Bad Request",
        500 => "Internal Server Error",
        _ => "Status",
    };
    let answer = format!(
        "HTTP/1.1 {status} {reason}\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{{}}"
    );
    let _ = write.write_all(answer.as_bytes()).await;
    let _ = write.shutdown().await;
}
