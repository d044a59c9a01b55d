//! Building the portal's own links.

/// Percent-encodes a query-string value (space as `+`), so any search
/// string or id survives a shared link unchanged.
pub fn encode_query_value(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            b' ' => "+".to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::encode_query_value;

    #[test]
    fn query_values_survive_a_link() {
        assert_eq!(
            encode_query_value("arbetsträning & mer"),
            "arbetstr%C3%A4ning+%26+mer"
        );
        assert_eq!(encode_query_value("a-b_c.d~"), "a-b_c.d~");
    }
}
