//! The Accounts list: search, each filter, pagination from both ends, and
//! the counts it shows.
