# site messages (vi). Codes: see the ranges in src/messages/mod.rs.
