# Shared validators (domain::values, time_zones, password_policy): their
# messages show next to fields on every form.

values-email-empty = Enter an email address.
values-email-too-long = An email address is at most 254 characters.
values-email-invalid = Enter a valid email address, like name@example.com.
values-first-name-empty = Enter a first name.
values-first-name-too-long = First name is at most { $max } characters.
values-first-name-control = First name cannot contain line breaks or control characters.
values-last-name-empty = Enter a last name.
values-last-name-too-long = Last name is at most { $max } characters.
values-last-name-control = Last name cannot contain line breaks or control characters.
values-name-empty = Enter a name.
values-name-too-long = Name is at most { $max } characters.
values-name-control = Name cannot contain line breaks or control characters.
values-password-too-short = Use at least { $min } characters.
values-password-too-long = Use at most { $max } characters.
values-password-mismatch = The two passwords do not match.
values-phone-empty = Enter a phone number.
values-phone-not-a-number = '{ $input }' is not a phone number: use digits with the country code, like +15550100000.
values-phone-no-country-code = '{ $input }' needs its country code, like +15550100000.
values-phone-invalid = '{ $input }' is not a valid international number: E.164 numbers have 8 to 15 digits after the +.
values-language-invalid = Choose English, Spanish or Portuguese.
values-time-zone-invalid = Choose a time zone from the list.

values-password-own-words = Do not build your password from your name or email address.
values-password-repeats = Repeated characters or words (like aaaa or passwordpassword) are easy to guess.
values-password-common = This is a commonly used password: attackers try these first.
values-password-sequence = Sequences like abcd or 4321 are easy to guess.
values-password-keyboard = Keyboard patterns like qwerty are easy to guess.
values-password-dates = Dates and years are easy to guess.
values-password-common-words = A few common words or names are easy to guess: add more words that do not belong together.
values-password-too-easy = This password is too easy to guess: try a longer phrase of words that do not belong together.
