//! Migrations are embedded with `embed_migrations!`; rebuild when they change.
//! The language catalogues (`locales/<lang>/*.ftl`) are embedded too: this
//! writes the list `i18n::catalog` includes, so adding a file needs no code.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=migrations");
    println!("cargo:rerun-if-changed=locales");
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let mut files = Vec::new();
    for lang in std::fs::read_dir(&root).into_iter().flatten().flatten() {
        for file in std::fs::read_dir(lang.path())
            .into_iter()
            .flatten()
            .flatten()
        {
            let path = file.path();
            if path.extension().is_some_and(|e| e == "ftl") {
                println!("cargo:rerun-if-changed={}", path.display());
                files.push((
                    lang.file_name().to_string_lossy().into_owned(),
                    path.file_stem()
                        .unwrap_or_default()
                        .to_string_lossy()
                        .into_owned(),
                    path,
                ));
            }
        }
    }
    files.sort();
    let mut out = String::from("pub const FILES: &[(&str, &str, &str)] = &[\n");
    for (lang, name, path) in files {
        let _ = writeln!(
            out,
            "    ({lang:?}, {name:?}, include_str!({:?})),",
            path.display().to_string()
        );
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap_or_default()).join("locales.rs");
    if let Err(e) = std::fs::write(&dest, out) {
        panic!("cannot write {}: {e}", dest.display());
    }
}
