//! One row of the report, and the table.

/// A figure with how it was measured; `value` is `not run` when it could
/// not be measured, and `how` then says why.
#[derive(Debug, Clone)]
pub(crate) struct Figure {
    pub(crate) figure: String,
    pub(crate) value: String,
    pub(crate) target: String,
    pub(crate) how: String,
}

impl Figure {
    pub(crate) fn new(figure: &str, value: String, target: &str, how: String) -> Self {
        Self { figure: figure.to_owned(), value, target: target.to_owned(), how }
    }

    pub(crate) fn not_run(figure: &str, why: String) -> Self {
        Self { figure: figure.to_owned(), value: "not run".to_owned(), target: String::new(), how: why }
    }

    /// A `REPORT<TAB>figure<TAB>value<TAB>target<TAB>how` line.
    pub(crate) fn parse(line: &str) -> Option<Self> {
        let mut fields = line.strip_prefix("REPORT\t")?.splitn(4, '\t');
        let figure = fields.next()?.trim().to_owned();
        let value = fields.next()?.trim().to_owned();
        let target = fields.next().unwrap_or("").trim().to_owned();
        let how = fields.next().unwrap_or("").trim().to_owned();
        Some(Self { figure, value, target, how })
    }

    /// The same line, for another tool to collect.
    pub(crate) fn line(&self) -> String {
        format!("REPORT\t{}\t{}\t{}\t{}", self.figure, self.value, self.target, self.how)
    }
}

/// A markdown table of every figure.
pub(crate) fn table(figures: &[Figure]) -> String {
    let cell = |text: &str| text.replace('|', "\\|").replace('\n', " ");
    let mut out = String::from("| figure | value | target | how measured |\n|---|---|---|---|\n");
    for f in figures {
        out.push_str(&format!(
            "| {} | {} | {} | {} |\n",
            cell(&f.figure),
            cell(&f.value),
            cell(&f.target),
            cell(&f.how)
        ));
    }
    out
}
