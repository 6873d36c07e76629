//! Plain-text output: the machine, the table of pages, the sign-in burst.

use std::time::Duration;

use crate::load::{Burst, Run};

/// "Linux 6.1.0, 2 cores, Intel(R) Xeon(R) …, 23.5 GiB RAM", read from /proc
/// (std only, so no `uname` or `nproc` process is needed).
pub fn machine() -> String {
    let read = |path: &str| std::fs::read_to_string(path).unwrap_or_default();
    let os = format!(
        "{} {}",
        read("/proc/sys/kernel/ostype").trim(),
        read("/proc/sys/kernel/osrelease").trim()
    );
    let cores = std::thread::available_parallelism().map_or(0, usize::from);
    let cpuinfo = read("/proc/cpuinfo");
    let model = cpuinfo
        .lines()
        .find(|l| l.starts_with("model name"))
        .and_then(|l| l.split_once(':'))
        .map_or("unknown CPU", |(_, m)| m.trim());
    let meminfo = read("/proc/meminfo");
    let mem_gib = meminfo
        .lines()
        .find(|l| l.starts_with("MemTotal:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|kib| kib.parse::<f64>().ok())
        .map_or_else(
            || "? GiB".into(),
            |kib| format!("{:.1} GiB", kib / 1048576.0),
        );
    format!("{os}, {cores} cores, {model}, {mem_gib} RAM")
}

fn ms(d: Option<Duration>) -> String {
    d.map_or_else(
        || "-".into(),
        |d| format!("{:.2} ms", d.as_secs_f64() * 1000.0),
    )
}

fn ratio(value: f64, base: f64) -> String {
    if base > 0.0 && value.is_finite() {
        format!("{:.3}", value / base)
    } else {
        "-".into()
    }
}

/// One line per page, each with the `/healthz` its ratios are against (the
/// one measured right before it).
pub fn table(rows: &[(&Run, &Run)]) {
    let us = |v: Option<f64>| v.map_or_else(|| "-".into(), |v| format!("{v:.0}"));
    println!(
        "{:<44} {:>9} {:>10} {:>10} {:>9} {:>15} {:>15} {:>8} {:>12} {:>10} {:>12}  errors",
        "page",
        "req/s",
        "p50",
        "p99",
        "healthz",
        "req/s ÷ healthz",
        "p99 ÷ healthz",
        "ok",
        "server µs/req",
        "of it kernel",
        "bench µs/req"
    );
    for (health, run) in rows {
        let base_p99 = health.percentile(0.99).map_or(0.0, |d| d.as_secs_f64());
        let p99 = run.percentile(0.99).map_or(f64::NAN, |d| d.as_secs_f64());
        println!(
            "{:<44} {:>9.1} {:>10} {:>10} {:>9.1} {:>15} {:>15} {:>8} {:>12} {:>10} {:>12}  {}",
            run.label,
            run.requests_per_second(),
            ms(run.percentile(0.5)),
            ms(run.percentile(0.99)),
            health.requests_per_second(),
            ratio(run.requests_per_second(), health.requests_per_second()),
            ratio(p99, base_p99),
            run.ok,
            us(run.server_us()),
            us(run.server_system_us()),
            us(run.bench_us()),
            run.error_summary(),
        );
    }
}

pub fn burst(burst: &Burst) {
    let mib = |m: Option<f64>| m.map_or_else(|| "?".into(), |m| format!("{m:.0} MiB"));
    println!(
        "sign-in burst: {} simultaneous POST /login in {:.2} s: {} × 303, {} × 503, {} other{}",
        burst.attempts,
        burst.elapsed.as_secs_f64(),
        burst.count("303"),
        burst.count("503"),
        burst.others(),
        if burst.others() > 0 {
            format!(" ({:?})", burst.statuses)
        } else {
            String::new()
        },
    );
    println!(
        "  server memory: VmRSS {} before, {} highest sample (every 50 ms), VmHWM {} after",
        mib(burst.rss_before_mib),
        mib(burst.rss_peak_sampled_mib),
        mib(burst.hwm_mib),
    );
    let health = &burst.health;
    println!(
        "  /healthz meanwhile (1 connection): {} answered 200, p50 {}, p99 {}, max {}, errors {}",
        health.ok,
        ms(health.percentile(0.5)),
        ms(health.percentile(0.99)),
        ms(health.percentile(1.0)),
        health.error_summary(),
    );
}
