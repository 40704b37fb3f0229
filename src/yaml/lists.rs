//! A list written as one text (`tags: nông nghiệp, dự án trọng điểm, Hàn Quốc`): where a
//! field takes a list, an author who is not a programmer writes its items the way a
//! sentence lists things. These helpers find the items and write the list form to show.

/// The items of `text`, split at its commas and semicolons, trimmed (non-breaking spaces
/// too) and without empty ones; `None` when `text` has no comma or semicolon.
pub fn items_of_text(text: &str) -> Option<Vec<String>> {
    if !text.contains([',', ';']) {
        return None;
    }
    Some(
        text.split([',', ';'])
            .map(|item| item.trim().to_string())
            .filter(|item| !item.is_empty())
            .collect(),
    )
}

/// `[a, b, "c: d"]`: a YAML list of `items` on one line, each quoted only where YAML
/// would otherwise read it as something else (a number, `yes`, a `:` or `#` inside…).
pub fn flow_list(items: &[String]) -> String {
    let shown: Vec<String> = items
        .iter()
        .map(|item| {
            let plain = serde_yaml::from_str::<serde_yaml::Value>(&format!("[{item}]"))
                .ok()
                .is_some_and(|v| {
                    v.as_sequence().is_some_and(|s| {
                        s.len() == 1 && s[0].as_str().is_some_and(|read| read == item)
                    })
                });
            if plain {
                item.clone()
            } else {
                // A JSON string is a YAML double-quoted scalar.
                serde_json::to_string(item).unwrap_or_else(|_| format!("\"{item}\""))
            }
        })
        .collect();
    format!("[{}]", shown.join(", "))
}

/// The warning (`list-as-text`) for field `key`, which takes a list but is written as
/// the one text `text`, read as `items`.
pub fn list_as_text(key: &str, text: &str, items: &[String]) -> crate::messages::Msg {
    let separators = match (text.contains(','), text.contains(';')) {
        (true, true) => "both",
        (false, true) => "semicolons",
        _ => "commas",
    };
    crate::messages::Msg::new("list-as-text")
        .arg("key", key)
        .arg("count", items.len())
        .arg("separators", separators)
        .arg("list", flow_list(items))
        .arg("whole", flow_list(&[text.trim().to_string()]))
}

/// [`list_as_text`]'s message and help in English.
#[cfg(test)]
pub fn list_written_as_text(key: &str, text: &str, items: &[String]) -> (String, String) {
    let msg = list_as_text(key, text, items);
    let english = crate::messages::Lang::En;
    (msg.text(english), msg.help(english).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_warning_counts_the_items_in_english_and_says_them_in_vietnamese() {
        let text = "nông nghiệp, Hàn Quốc; đầu tư";
        let items = items_of_text(text).unwrap_or_default();
        let (message, help) = list_written_as_text("tags", text, &items);
        assert_eq!(
            message,
            "`tags` is a list, but here it is written as one text: it is read as the 3 items between its commas and semicolons"
        );
        assert!(
            help.starts_with("write it as a list: `tags: [nông nghiệp, Hàn Quốc, đầu tư]`"),
            "{help}"
        );
        let one = list_as_text("tags", "a,", &["a".to_string()]);
        assert!(
            one.text(crate::messages::Lang::En)
                .contains("the 1 item between its commas")
        );
        assert_eq!(
            one.text(crate::messages::Lang::Vi),
            "`tags` là một danh sách, nhưng ở đây được viết thành một đoạn văn bản: nó được đọc thành 1 mục, tách nhau bởi dấu phẩy"
        );
        assert_eq!(one.code().as_deref(), Some("W0102"));
    }

    #[test]
    fn items_are_split_at_commas_and_semicolons_and_trimmed() {
        assert_eq!(
            items_of_text("nông nghiệp công nghệ cao, dự án trọng điểm,\u{a0}Hàn Quốc ,"),
            Some(vec![
                "nông nghiệp công nghệ cao".to_string(),
                "dự án trọng điểm".to_string(),
                "Hàn Quốc".to_string()
            ])
        );
        assert_eq!(
            items_of_text("a; b"),
            Some(vec!["a".to_string(), "b".to_string()])
        );
        assert_eq!(items_of_text("Hàn Quốc"), None);
    }

    #[test]
    fn the_list_form_reads_back_as_the_items() {
        let items: Vec<String> = ["Hàn Quốc", "2018", "yes", "a: b", "#1", "\"x\"", "[y]", ""]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let list = flow_list(&items);
        assert!(
            list.starts_with("[Hàn Quốc, \"2018\", yes, \"a: b\""),
            "{list}"
        );
        let read: Vec<String> = serde_yaml::from_str(&list).unwrap();
        assert_eq!(read, items);
    }
}
