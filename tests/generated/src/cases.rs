//! The generator's expected outputs (`client-gen/tests/cases/*/expected.rs`),
//! compiled here: the macro checks each against its description, and
//! clippy and rustfmt see them as they see any code.

#[path = "../../../client-gen/tests/cases/bodies/expected.rs"]
pub mod bodies;
#[path = "../../../client-gen/tests/cases/composition/expected.rs"]
pub mod composition;
#[path = "../../../client-gen/tests/cases/cycles/expected.rs"]
pub mod cycles;
#[path = "../../../client-gen/tests/cases/examples/expected.rs"]
pub mod examples;
// Its operation is deprecated, and the check says so with a warning.
#[allow(deprecated)]
#[path = "../../../client-gen/tests/cases/docs/expected.rs"]
pub mod docs;
#[path = "../../../client-gen/tests/cases/enums/expected.rs"]
pub mod enums;
#[path = "../../../client-gen/tests/cases/names/expected.rs"]
pub mod names;
#[path = "../../../client-gen/tests/cases/nullable_required/expected.rs"]
pub mod nullable_required;
#[path = "../../../client-gen/tests/cases/paging/expected.rs"]
pub mod paging;
#[path = "../../../client-gen/tests/cases/params/expected.rs"]
pub mod params;
#[path = "../../../client-gen/tests/cases/rename/expected.rs"]
pub mod rename;
#[path = "../../../client-gen/tests/cases/returns/expected.rs"]
pub mod returns;
#[path = "../../../client-gen/tests/cases/selection/expected.rs"]
pub mod selection;
#[path = "../../../client-gen/tests/cases/values/expected.rs"]
pub mod values;
