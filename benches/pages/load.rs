//! The load generator: N keep-alive connections, one task each, looping on
//! one URL for a fixed time and timing every request; and the sign-in burst.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use tokio::task::JoinSet;

use crate::client;
use crate::server;

/// What one page did under load. Latencies are of 200 answers only (what a
/// user waits for); anything else is an error, counted by kind.
#[derive(Default)]
pub struct Run {
    pub label: String,
    pub ok: u64,
    pub errors: BTreeMap<String, u64>,
    pub elapsed: Duration,
    /// CPU time the server and this process (the load generator) used
    /// during the run.
    pub server_cpu: Option<Duration>,
    /// The part of `server_cpu` spent in the kernel (sockets, wake-ups,
    /// SQLite's file locks).
    pub server_system: Option<Duration>,
    pub bench_cpu: Option<Duration>,
    /// Microseconds, sorted once the run ends.
    latencies: Vec<u64>,
}

impl Run {
    /// Server CPU time per successful request, in microseconds.
    pub fn server_us(&self) -> Option<f64> {
        self.cpu_us(self.server_cpu)
    }

    /// The server's kernel time per successful request, in microseconds.
    pub fn server_system_us(&self) -> Option<f64> {
        self.cpu_us(self.server_system)
    }

    /// The load generator's CPU time per successful request, in microseconds.
    pub fn bench_us(&self) -> Option<f64> {
        self.cpu_us(self.bench_cpu)
    }

    fn cpu_us(&self, cpu: Option<Duration>) -> Option<f64> {
        (self.ok > 0).then(|| cpu.map(|c| c.as_secs_f64() * 1e6 / self.ok as f64))?
    }

    pub fn requests_per_second(&self) -> f64 {
        self.ok as f64 / self.elapsed.as_secs_f64().max(1e-9)
    }

    /// The latency below which `p` (0..=1) of the successful requests fell.
    pub fn percentile(&self, p: f64) -> Option<Duration> {
        let last = self.latencies.len().checked_sub(1)?;
        let index = ((last as f64) * p).round() as usize;
        Some(Duration::from_micros(self.latencies[index.min(last)]))
    }

    /// "500×3, timeout×1", or "-".
    pub fn error_summary(&self) -> String {
        if self.errors.is_empty() {
            return "-".into();
        }
        self.errors
            .iter()
            .map(|(kind, n)| format!("{kind}×{n}"))
            .collect::<Vec<_>>()
            .join(", ")
    }

    fn merge(&mut self, other: Run) {
        self.ok += other.ok;
        for (kind, n) in other.errors {
            *self.errors.entry(kind).or_default() += n;
        }
        self.latencies.extend(other.latencies);
    }

    fn finish(mut self, elapsed: Duration) -> Self {
        self.elapsed = elapsed;
        self.latencies.sort_unstable();
        self
    }

    /// Times one GET and records it; false when the request did not reach
    /// the server at all (the caller then backs off a little).
    async fn record(&mut self, client: &reqwest::Client, url: &str, cookie: Option<&str>) -> bool {
        let started = Instant::now();
        let mut request = client.get(url);
        if let Some(cookie) = cookie {
            request = request.header(reqwest::header::COOKIE, cookie);
        }
        let outcome = match request.send().await {
            // The whole body is part of the page's time, and must be read
            // for the connection to be reused.
            Ok(response) => {
                let status = response.status().as_u16();
                response.bytes().await.map(|_| status)
            }
            Err(e) => Err(e),
        };
        match outcome {
            Ok(200) => {
                self.ok += 1;
                self.latencies.push(started.elapsed().as_micros() as u64);
                true
            }
            Ok(status) => {
                *self.errors.entry(status.to_string()).or_default() += 1;
                true
            }
            Err(e) => {
                let kind = if e.is_timeout() {
                    "timeout"
                } else {
                    "transport"
                };
                *self.errors.entry(kind.into()).or_default() += 1;
                false
            }
        }
    }
}

/// Loads `path` from `connections` keep-alive connections for `duration`,
/// signed in when given the session `cookie`.
pub async fn run(
    label: &str,
    (base, server_pid): (&str, u32),
    path: &str,
    cookie: Option<&str>,
    connections: usize,
    duration: Duration,
) -> anyhow::Result<Run> {
    let url: Arc<str> = format!("{base}{path}").into();
    let server_pid = server_pid.to_string();
    let cpu_before = (server::cpu_times(&server_pid), server::cpu_time("self"));
    let cookie: Option<Arc<str>> = cookie.map(Into::into);
    let started = Instant::now();
    let deadline = started + duration;
    let mut tasks = JoinSet::new();
    for _ in 0..connections {
        let client = client::plain()?;
        let (url, cookie) = (url.clone(), cookie.clone());
        tasks.spawn(async move {
            let mut run = Run::default();
            while Instant::now() < deadline {
                if !run.record(&client, &url, cookie.as_deref()).await {
                    tokio::time::sleep(Duration::from_millis(10)).await;
                }
            }
            run
        });
    }
    let mut total = Run {
        label: label.to_owned(),
        ..Run::default()
    };
    while let Some(run) = tasks.join_next().await {
        total.merge(run?);
    }
    // Until the last request in flight at the deadline has answered.
    let used =
        |after: Option<Duration>, before: Option<Duration>| Some(after?.saturating_sub(before?));
    let server_after = server::cpu_times(&server_pid);
    total.server_cpu = used(
        server_after.map(|(u, s)| u + s),
        cpu_before.0.map(|(u, s)| u + s),
    );
    total.server_system = used(server_after.map(|t| t.1), cpu_before.0.map(|t| t.1));
    total.bench_cpu = used(server::cpu_time("self"), cpu_before.1);
    Ok(total.finish(started.elapsed()))
}

/// What 200 simultaneous sign-ins did to the server.
pub struct Burst {
    pub attempts: usize,
    pub elapsed: Duration,
    /// Answers by status: 303 (signed in), 503 (shed), anything else.
    pub statuses: BTreeMap<String, u64>,
    pub rss_before_mib: Option<f64>,
    /// Highest `VmRSS` seen in the 50 ms samples during the burst.
    pub rss_peak_sampled_mib: Option<f64>,
    /// `VmHWM` after the burst: the process's peak resident size so far.
    pub hwm_mib: Option<f64>,
    /// `/healthz` from one connection, looping while the burst ran.
    pub health: Run,
}

impl Burst {
    pub fn count(&self, status: &str) -> u64 {
        self.statuses.get(status).copied().unwrap_or(0)
    }

    pub fn others(&self) -> u64 {
        self.statuses
            .iter()
            .filter(|(s, _)| !matches!(s.as_str(), "303" | "503"))
            .map(|(_, n)| n)
            .sum()
    }
}

/// Fires `attempts` POST /login at once, each from its own browser with its
/// own CSRF token fetched beforehand, while `/healthz` is polled and the
/// server's memory sampled.
pub async fn sign_in_burst(
    base: &str,
    pid: u32,
    attempts: usize,
    emails: &[String],
    password: &str,
) -> anyhow::Result<Burst> {
    // The GET /login of each browser happens before the burst, not in it.
    let mut browsers = Vec::with_capacity(attempts);
    for _ in 0..attempts {
        let (browser, _jar) = client::browser()?;
        let token = client::login_token(&browser, base).await?;
        browsers.push((browser, token));
    }
    let rss_before_mib = server::memory_mib(pid, "VmRSS:");
    let stop = Arc::new(AtomicBool::new(false));
    let health = tokio::spawn(poll_health(base.to_owned(), stop.clone()));
    let sampler = tokio::spawn(sample_rss(pid, stop.clone()));

    let started = Instant::now();
    let mut posts = JoinSet::new();
    for (n, (browser, token)) in browsers.into_iter().enumerate() {
        let email = emails[n % emails.len()].clone();
        let (base, password) = (base.to_owned(), password.to_owned());
        posts.spawn(async move {
            match client::post_login(&browser, &base, &token, &email, &password).await {
                Ok(status) => status.to_string(),
                Err(e) if e.is_timeout() => "timeout".to_owned(),
                Err(_) => "transport".to_owned(),
            }
        });
    }
    let mut statuses = BTreeMap::new();
    while let Some(status) = posts.join_next().await {
        *statuses.entry(status?).or_default() += 1;
    }
    let elapsed = started.elapsed();
    stop.store(true, Ordering::Relaxed);
    let health = health.await??;
    let rss_peak_sampled_mib = sampler.await?;
    Ok(Burst {
        attempts,
        elapsed,
        statuses,
        rss_before_mib,
        rss_peak_sampled_mib,
        hwm_mib: server::memory_mib(pid, "VmHWM:"),
        health: Run {
            label: "/healthz during the burst".into(),
            ..health
        },
    })
}

async fn poll_health(base: String, stop: Arc<AtomicBool>) -> anyhow::Result<Run> {
    let client = client::plain()?;
    let url = format!("{base}/healthz");
    let started = Instant::now();
    let mut run = Run::default();
    while !stop.load(Ordering::Relaxed) {
        if !run.record(&client, &url, None).await {
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }
    Ok(run.finish(started.elapsed()))
}

/// The highest `VmRSS` seen, sampled every 50 ms until `stop`.
async fn sample_rss(pid: u32, stop: Arc<AtomicBool>) -> Option<f64> {
    let mut peak: Option<f64> = None;
    let mut every = tokio::time::interval(Duration::from_millis(50));
    while !stop.load(Ordering::Relaxed) {
        every.tick().await;
        if let Some(rss) = server::memory_mib(pid, "VmRSS:") {
            peak = Some(peak.map_or(rss, |p| p.max(rss)));
        }
    }
    peak
}
