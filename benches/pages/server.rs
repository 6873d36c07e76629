//! The real server as a child process: the release binary cargo built for
//! this bench, on a free port, killed when the guard drops (also on panic).

use std::net::TcpListener;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// 64+ characters so the server signs cookies with it rather than a random key.
const SESSION_SECRET: &str = "bench-session-secret-bench-session-secret-bench-session-secret-bench";

pub struct Server {
    child: Child,
    pub base_url: String,
}

impl Server {
    pub fn pid(&self) -> u32 {
        self.child.id()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A port nobody listens on right now (the OS picks it; we let it go again).
fn free_port() -> anyhow::Result<u16> {
    let listener = TcpListener::bind("127.0.0.1:0")?;
    Ok(listener.local_addr()?.port())
}

/// Starts the server on `database_url` and waits until `/healthz` says 200.
/// `dir` is its working directory, so a developer's `.env` stays out of it.
pub async fn start(database_url: &str, dir: &Path) -> anyhow::Result<Server> {
    start_with(database_url, dir, &[]).await
}

/// [`start`] with more environment for the server (limits raised).
pub async fn start_with(
    database_url: &str,
    dir: &Path,
    env: &[(&str, String)],
) -> anyhow::Result<Server> {
    let port = free_port()?;
    // `BENCH_SERVER`: another build of the server, to compare two builds
    // with one seed and one harness.
    let bin = std::env::var_os("BENCH_SERVER")
        .unwrap_or_else(|| env!("CARGO_BIN_EXE_switchboard").into());
    let child = Command::new(bin)
        .envs(env.iter().map(|(k, v)| (k, v)))
        .current_dir(dir)
        .env("DATABASE_URL", database_url)
        .env("BIND_ADDR", format!("127.0.0.1:{port}"))
        .env("MAIL_TRANSPORT", "memory")
        .env("RUST_LOG", "warn")
        .env("SESSION_SECRET", SESSION_SECRET)
        // Its banner would break up our table; warnings still reach stderr.
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()?;
    let mut server = Server {
        child,
        base_url: format!("http://127.0.0.1:{port}"),
    };
    wait_healthy(&mut server).await?;
    Ok(server)
}

async fn wait_healthy(server: &mut Server) -> anyhow::Result<()> {
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(2))
        .build()?;
    let url = format!("{}/healthz", server.base_url);
    let deadline = Instant::now() + Duration::from_secs(60);
    while Instant::now() < deadline {
        if let Some(status) = server.child.try_wait()? {
            anyhow::bail!("the server exited during start-up ({status})");
        }
        if let Ok(response) = client.get(&url).send().await
            && response.status() == 200
        {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    anyhow::bail!("the server did not answer /healthz with 200 within 60 s")
}

/// CPU time (user + system) a process has used so far, from
/// `/proc/<pid>/stat` (`pid` may be "self"), in clock ticks of 10 ms.
pub fn cpu_time(pid: &str) -> Option<std::time::Duration> {
    cpu_times(pid).map(|(user, system)| user + system)
}

/// The user and the system (kernel) part of [`cpu_time`].
pub fn cpu_times(pid: &str) -> Option<(std::time::Duration, std::time::Duration)> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The command name may hold spaces; the fields counted follow its ")".
    let mut fields = stat.rsplit_once(')')?.1.split_whitespace();
    let utime: u64 = fields.nth(11)?.parse().ok()?;
    let stime: u64 = fields.next()?.parse().ok()?;
    let ticks = |n: u64| std::time::Duration::from_millis(n * 10);
    Some((ticks(utime), ticks(stime)))
}

/// A `kB` line of `/proc/<pid>/status` (`VmRSS`, `VmHWM`), in MiB.
pub fn memory_mib(pid: u32, field: &str) -> Option<f64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with(field))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}
