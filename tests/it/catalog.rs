//! The message catalogs: the same messages in Korean and English, each using only the arguments
//! the code passes. `fl!` checks at compile time that every id the code names is in the English
//! catalog with the arguments given; these tests hold the Korean one to the English.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

/// Every message and attribute of a catalog (`id`, `id.attr`), with the variables it uses.
fn catalog(lang: &str) -> BTreeMap<String, BTreeSet<String>> {
    let path = format!("{}/i18n/{lang}/gavel.ftl", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).expect("the catalog reads");
    let resource = fluent_syntax::parser::parse(text.as_str())
        .unwrap_or_else(|(_, errors)| panic!("{path} does not parse: {errors:?}"));
    let mut messages = BTreeMap::new();
    for entry in resource.body {
        let (id, value, attributes) = match entry {
            Entry::Message(m) => (m.id.name.to_owned(), m.value, m.attributes),
            Entry::Term(t) => (format!("-{}", t.id.name), Some(t.value), t.attributes),
            _ => continue,
        };
        let mut vars = BTreeSet::new();
        if let Some(value) = &value {
            pattern_vars(value, &mut vars);
        }
        assert!(messages.insert(id.clone(), vars).is_none(), "{path}: {id} twice");
        for attribute in attributes {
            let mut vars = BTreeSet::new();
            pattern_vars(&attribute.value, &mut vars);
            messages.insert(format!("{id}.{}", attribute.id.name), vars);
        }
    }
    messages
}

fn pattern_vars(pattern: &Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(expression: &Expression<&str>, vars: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for variant in variants {
                pattern_vars(&variant.value, vars);
            }
        }
        Expression::Inline(inline) => inline_vars(inline, vars),
    }
}

fn inline_vars(inline: &InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_vars(argument, vars);
            }
            for named in &arguments.named {
                inline_vars(&named.value, vars);
            }
        }
        InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        _ => {}
    }
}

#[test]
fn every_message_is_in_both_languages() {
    let (en, ko) = (catalog("en"), catalog("ko"));
    let only = |a: &BTreeMap<String, _>, b: &BTreeMap<String, _>| {
        a.keys().filter(|id| !b.contains_key(*id)).cloned().collect::<Vec<_>>()
    };
    assert_eq!(only(&en, &ko), Vec::<String>::new(), "in English only");
    assert_eq!(only(&ko, &en), Vec::<String>::new(), "in Korean only");
}

#[test]
fn korean_uses_only_the_arguments_the_english_takes() {
    // fl! checks the code's arguments against the English message; a Korean message naming
    // another would print an error in its place.
    let (en, ko) = (catalog("en"), catalog("ko"));
    for (id, vars) in &ko {
        // A message in one language only is the test above's failure.
        let Some(english) = en.get(id) else { continue };
        let unknown: Vec<_> = vars.difference(english).collect();
        assert!(unknown.is_empty(), "{id}: the Korean uses {unknown:?}, which the code does not pass");
    }
}
