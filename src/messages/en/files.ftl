# files messages (en). Codes: see the ranges in src/messages/mod.rs.
