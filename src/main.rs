//! Starts the portal, or runs an admin command (`create-admin`, `demo`).

use switchboard::Application;
use switchboard::config::Config;
use tracing_subscriber::EnvFilter;

/// mimalloc rather than glibc's malloc: a page allocates and frees a few
/// thousand small strings, and glibc spent about a fifth of a list page's
/// instructions on them (Cargo.toml says more).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[actix_web::main]
async fn main() -> std::process::ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")),
        )
        .init();
    match run().await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("switchboard: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

async fn run() -> anyhow::Result<()> {
    let config = Config::from_env()?;
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("create-admin") => {
            let parsed =
                switchboard::cli::parse_create_admin(&args[1..]).map_err(anyhow::Error::msg)?;
            let message = actix_web::rt::task::spawn_blocking(move || {
                switchboard::cli::create_admin(&config, parsed)
            })
            .await??;
            println!("{message}");
            Ok(())
        }
        Some("demo") => {
            let parsed = switchboard::cli::demo::parse(&args[1..]).map_err(anyhow::Error::msg)?;
            let message = actix_web::rt::task::spawn_blocking(move || {
                switchboard::cli::demo::run(&config, parsed)
            })
            .await??;
            println!("{message}");
            Ok(())
        }
        Some(other) => {
            anyhow::bail!("unknown command '{other}' (commands: create-admin, demo)")
        }
        None => serve(config).await,
    }
}

async fn serve(config: Config) -> anyhow::Result<()> {
    let database = config.database.to_string();
    let mail = switchboard::mail::describe(&config.mail);
    let sms = switchboard::sms::describe(&config.sms);
    let app = Application::build(config).await?;
    println!("Switchboard is running on {database}.");
    println!("{mail}");
    println!("{sms}");
    println!("Open {}/ in your browser.", app.base_url());
    if let Some(url) = app.setup_url() {
        println!(
            "No administrator exists yet. Create the first one here (the link works once): {url}"
        );
    }
    app.run_until_stopped().await?;
    Ok(())
}
