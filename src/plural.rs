//! Counts in words: "1 invitation sent", "2 invitations sent". Every count
//! a page or message shows goes through `count` (or `noun` when the number
//! is written apart), so none says "1 invitations".

use std::fmt::Display;

/// A number of things; templates pass references, hence the impl for `&T`.
pub trait Quantity {
    fn is_one(&self) -> bool;
}

macro_rules! quantity {
    ($($t:ty),*) => {$(
        impl Quantity for $t {
            fn is_one(&self) -> bool {
                *self == 1
            }
        }
    )*};
}
quantity!(i32, i64, u32, u64, usize);

impl<T: Quantity + ?Sized> Quantity for &T {
    fn is_one(&self) -> bool {
        (**self).is_one()
    }
}

/// `one` when `n` is 1, else `many`.
pub fn noun<'a>(n: impl Quantity, one: &'a str, many: &'a str) -> &'a str {
    if n.is_one() { one } else { many }
}

/// "1 invitation", "0 invitations", "2 invitations".
pub fn count(n: impl Quantity + Display, one: &str, many: &str) -> String {
    let word = noun(&n, one, many);
    format!("{n} {word}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_is_singular_and_everything_else_plural() {
        assert_eq!(count(1_i64, "invitation", "invitations"), "1 invitation");
        assert_eq!(count(0_usize, "invitation", "invitations"), "0 invitations");
        let in_a_template = 2_i64;
        let by_reference = &in_a_template;
        assert_eq!(
            count(by_reference, "invitation", "invitations"),
            "2 invitations"
        );
        assert_eq!(noun(1_u32, "is", "are"), "is");
    }
}
