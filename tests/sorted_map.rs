//! The model's map: sorted by key whatever the order of insertion, later
//! values replacing earlier ones, and the same JSON as a BTreeMap.

use pain_assessment::model::SortedMap;
use std::collections::BTreeMap;

#[test]
fn keeps_keys_sorted_and_replaces_values_like_a_btree_map() {
    let mut map = SortedMap::new();
    let mut tree = BTreeMap::new();
    for (k, v) in [("phq9_3", 1), ("phq9_1", 2), ("phq9_10", 3), ("phq9_2", 4), ("phq9_1", 5)] {
        assert_eq!(map.insert(k.to_string(), v), tree.insert(k.to_string(), v), "{k}");
    }
    assert_eq!(map.len(), tree.len());
    assert!(map.iter().eq(tree.iter()), "same entries in the same order");
    assert_eq!(map.get("phq9_1"), Some(&5));
    assert_eq!(map.get("phq9_2"), Some(&4));
    assert!(map.contains_key("phq9_10") && !map.contains_key("phq9_4"));
    assert_eq!(map.remove("phq9_10"), Some(3));
    assert_eq!(map.remove("phq9_10"), None);
    *map.get_mut("phq9_3").unwrap() += 10;
    assert_eq!(map.values().copied().collect::<Vec<_>>(), vec![5, 4, 11]);
    assert_eq!(map.keys().map(String::as_str).collect::<Vec<_>>(), vec!["phq9_1", "phq9_2", "phq9_3"]);
}

#[test]
fn collecting_keeps_the_last_value_of_a_repeated_key() {
    let map: SortedMap<&str, i32> = [("b", 1), ("a", 2), ("b", 3)].into_iter().collect();
    let tree: BTreeMap<&str, i32> = [("b", 1), ("a", 2), ("b", 3)].into_iter().collect();
    assert!(map.iter().eq(tree.iter()));
}

#[test]
fn serializes_and_reads_back_as_a_btree_map_does() {
    let map = SortedMap::from([("z".to_string(), 1), ("a".to_string(), 2), ("m".to_string(), 3)]);
    let tree = BTreeMap::from([("z".to_string(), 1), ("a".to_string(), 2), ("m".to_string(), 3)]);
    let json = serde_json::to_string(&map).unwrap();
    assert_eq!(json, serde_json::to_string(&tree).unwrap());
    assert_eq!(json, r#"{"a":2,"m":3,"z":1}"#);
    let back: SortedMap<String, i32> = serde_json::from_str(r#"{"z":1,"a":2,"m":3,"a":9}"#).unwrap();
    assert_eq!(serde_json::to_string(&back).unwrap(), r#"{"a":9,"m":3,"z":1}"#);
    assert!(serde_json::from_str::<SortedMap<String, i32>>("[1,2]").is_err());
}
