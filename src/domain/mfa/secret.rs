//! The authenticator app's shared secret: generated here, shown once as a
//! QR code (SVG, drawn server-side) and as text, and stored sealed.
//!
//! Sealing: with `SESSION_SECRET` configured, the secret is encrypted with
//! AES-256-GCM under a key derived from it (BLAKE2b, a label of its own),
//! bound to the administrator's id, and stored as `v1:<hex nonce+ct>`.
//! Without it (development: the session key is then random per start, so
//! nothing sealed with it could be read after a restart) the secret is
//! stored as `plain:<base32>` and only the database's own protection
//! applies. Either way it never appears in a log, an audit event or a job.

use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Key, Nonce};
use blake2::{Blake2b, Digest, digest::consts::U32};
use rand::RngCore;
use totp_rs::{Builder, Secret, Totp};

use crate::error::{AppError, AppResult};

/// The name authenticator apps show above the code.
pub const ISSUER: &str = "Switchboard";

/// Seals and opens stored secrets (see the module's note).
#[derive(Clone)]
pub struct Sealer(Option<[u8; 32]>);

impl Sealer {
    /// From the configured `SESSION_SECRET`, if any.
    pub fn from_config(session_secret: Option<&str>) -> Self {
        Self(session_secret.filter(|s| !s.is_empty()).map(|s| {
            let mut h = Blake2b::<U32>::new();
            h.update(b"switchboard mfa secret v1\0");
            h.update(s.as_bytes());
            h.finalize().into()
        }))
    }

    fn cipher(key: &[u8; 32]) -> Aes256Gcm {
        Aes256Gcm::new(Key::<Aes256Gcm>::from_slice(key))
    }

    pub(crate) fn seal(&self, admin_id: i64, secret: &Secret) -> AppResult<String> {
        let Some(key) = &self.0 else {
            return Ok(format!("plain:{}", secret.to_base32()));
        };
        let mut nonce = [0u8; 12];
        rand::rng().fill_bytes(&mut nonce);
        let aad = admin_id.to_be_bytes();
        let sealed = Self::cipher(key)
            .encrypt(
                Nonce::from_slice(&nonce),
                Payload {
                    msg: secret.as_bytes(),
                    aad: &aad,
                },
            )
            .map_err(|_| AppError::internal(anyhow::anyhow!("sealing the MFA secret failed")))?;
        let mut out = String::from("v1:");
        for b in nonce.iter().chain(sealed.iter()) {
            out.push_str(&format!("{b:02x}"));
        }
        Ok(out)
    }

    pub(crate) fn open(&self, admin_id: i64, stored: &str) -> AppResult<Secret> {
        if let Some(b32) = stored.strip_prefix("plain:") {
            return Secret::try_from_base32(b32).map_err(|_| {
                AppError::internal(anyhow::anyhow!("stored MFA secret is not base32"))
            });
        }
        let (Some(hex), Some(key)) = (stored.strip_prefix("v1:"), &self.0) else {
            return Err(AppError::internal(anyhow::anyhow!(
                "the MFA secret is sealed but SESSION_SECRET is not the one it was sealed with"
            )));
        };
        let bytes: Option<Vec<u8>> = (0..hex.len())
            .step_by(2)
            .map(|i| {
                hex.get(i..i + 2)
                    .and_then(|h| u8::from_str_radix(h, 16).ok())
            })
            .collect();
        let bytes = bytes
            .filter(|b| b.len() > 12)
            .ok_or_else(|| AppError::internal(anyhow::anyhow!("stored MFA secret is damaged")))?;
        let (nonce, sealed) = bytes.split_at(12);
        let aad = admin_id.to_be_bytes();
        let plain = Self::cipher(key)
            .decrypt(
                Nonce::from_slice(nonce),
                Payload {
                    msg: sealed,
                    aad: &aad,
                },
            )
            .map_err(|_| {
                AppError::internal(anyhow::anyhow!(
                    "the MFA secret cannot be opened with this key"
                ))
            })?;
        Ok(Secret::from(plain))
    }
}

/// The TOTP of `secret` for the account `email`.
pub(crate) fn totp(secret: Secret, email: &str) -> AppResult<Totp> {
    Builder::new()
        .with_secret(secret)
        .with_account_name(email.replace(':', ""))
        .with_issuer(Some(ISSUER))
        .build()
        .map_err(AppError::internal)
}

/// What the enrolment page shows: the secret as text, and its QR code.
pub struct Enrolment {
    /// Base32, as authenticator apps take it by hand.
    pub secret: String,
    /// The same, in groups of four for reading aloud.
    pub grouped: String,
    /// An `<svg>` element (from our own data only, safe to embed).
    pub qr_svg: String,
}

impl Enrolment {
    /// A fresh secret for `email`.
    pub fn generate(email: &str) -> AppResult<Self> {
        Self::of(&Secret::generate().to_base32(), email)
    }

    /// The page again for a secret posted back by the form; `None` when it
    /// is not a secret we could have made (160 bits, base32).
    pub fn of(secret_b32: &str, email: &str) -> AppResult<Self> {
        let secret = parse(secret_b32).ok_or(AppError::NotFound)?;
        let totp = totp(secret.clone(), email)?;
        let url = totp.to_url().map_err(AppError::internal)?;
        let qr = qrcode::QrCode::with_error_correction_level(url.as_bytes(), qrcode::EcLevel::M)
            .map_err(AppError::internal)?;
        let qr_svg = qr
            .render::<qrcode::render::svg::Color<'_>>()
            .min_dimensions(200, 200)
            .quiet_zone(true)
            .build();
        // Drop the XML declaration: the SVG is embedded in the page.
        let qr_svg = match qr_svg.find("<svg") {
            Some(i) => qr_svg[i..].replacen(
                "<svg",
                &format!(
                    "<svg role=\"img\" aria-label=\"{}\"",
                    crate::i18n::t("me-mfa-qr-label").replace('"', "&quot;")
                ),
                1,
            ),
            None => qr_svg,
        };
        let b32 = secret.to_base32();
        let grouped = b32
            .as_bytes()
            .chunks(4)
            .map(|c| String::from_utf8_lossy(c).into_owned())
            .collect::<Vec<_>>()
            .join(" ");
        Ok(Self {
            secret: b32,
            grouped,
            qr_svg,
        })
    }
}

/// A posted secret: base32 (spaces ignored) of exactly 20 bytes.
pub(crate) fn parse(secret_b32: &str) -> Option<Secret> {
    let cleaned: String = secret_b32
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_uppercase();
    Secret::try_from_base32(&cleaned)
        .ok()
        .filter(|s| s.as_bytes().len() == 20)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sealed_secret_opens_only_for_its_administrator() {
        let sealer = Sealer::from_config(Some("a configured session secret of some length"));
        let secret = Secret::generate();
        let stored = sealer.seal(7, &secret).unwrap_or_default();
        assert!(stored.starts_with("v1:"));
        assert!(!stored.contains(&secret.to_base32()));
        assert_eq!(
            sealer.open(7, &stored).ok().map(|s| s.to_base32()),
            Some(secret.to_base32())
        );
        assert!(sealer.open(8, &stored).is_err());
        let plain = Sealer::from_config(None);
        let stored = plain.seal(7, &secret).unwrap_or_default();
        assert_eq!(stored, format!("plain:{}", secret.to_base32()));
    }
}
