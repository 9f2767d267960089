//! The hand-off between `#[client]` and `conformance_tests!`, and the
//! expansion's answers to input it does not expect.

use proc_macro2::TokenStream;
use proptest::prelude::*;
use quote::{ToTokens, quote};

use super::expand;
use super::input::{Input, Mode, Output};
use super::select::one_level_down;

const INPUT: &str = r#"tests Shop "../tests/openapi/payloads.yaml";
    fn get_gist = get "/gists/{gist_id}" => decodes(::client_runtime::__private::Json<super::Gist>) "Gist";
    fn search = get "/search" => lists(Label) "/page/items";
    fn events = get "/events" => events(Label);
    fn r#type = get "/numbers" => lines(Numbers);"#;

#[test]
fn what_client_writes_reads_back_the_same() {
    let input: Input = syn::parse_str(INPUT).expect("the grammar");
    assert_eq!((input.mode, input.trait_ident.to_string(), input.methods.len()), (Mode::Tests, "Shop".to_owned(), 4));
    assert!(matches!(&input.methods[1].output, Output::Lists { items, .. } if items.value() == "/page/items"));
    assert_eq!(input.methods[3].name.to_string(), "r#type");
    let again: Input = syn::parse2(input.to_token_stream()).expect("written as read");
    assert_eq!(again.to_token_stream().to_string(), input.to_token_stream().to_string());
}

#[test]
fn a_path_from_super_goes_one_level_further_up() {
    let rebased = one_level_down(quote!(Vec<super::Gist, super::super::A, crate::B, <T as super::C>::D>));
    assert_eq!(
        rebased.to_string(),
        quote!(Vec<super::super::Gist, super::super::super::A, crate::B, <T as super::super::C>::D>).to_string()
    );
}

#[test]
fn a_description_that_cannot_be_read_is_one_error_at_its_name() {
    let expanded =
        expand(r#"tests Shop "no/such/file.yaml"; fn a = get "/a" => decodes(Json<A>) "A";"#.parse().expect("tokens"));
    let text = expanded.to_string();
    assert!(text.starts_with(":: core :: compile_error !"), "{text}");
    assert!(text.contains("cannot use the OpenAPI description `no/such/file.yaml`"), "{text}");
}

#[test]
fn operations_the_description_lacks_get_no_test() {
    // CARGO_MANIFEST_DIR is client-macros/ here.
    let input = r#"tests Shop "../tests/openapi/payloads.yaml";
        fn missing = get "/nowhere" => decodes(Json<A>) "A";
        fn tree = get "/tree" => decodes(::client_runtime::__private::Json<Node>) "Node";"#;
    let text = expand(input.parse().expect("tokens")).to_string();
    assert!(text.contains("mod __client_conformance_Shop"), "{text}");
    assert!(text.contains("fn tree ()") && !text.contains("fn missing"), "{text}");
    assert!(text.contains("# [test]"), "{text}");
}

proptest! {
    /// Whatever tokens reach the macro, it answers with code or an error.
    #[test]
    fn any_input_expands_or_fails_cleanly(text in r#"(tests|report|fn|=|=>|;|get|"/a"|"x.yaml"|decodes|lists|events|lines|\(|\)|A|<|>| )*"#) {
        if let Ok(tokens) = text.parse::<TokenStream>() {
            let _ = expand(tokens);
        }
    }
}
