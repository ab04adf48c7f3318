//! Native half of the data-scale budget: loads and validates pathway files (as the widget
//! and `pathway-check` do) several times and prints the median in milliseconds, so
//! `bench/run.mjs` can put it beside the browser figure.
//!
//! `cargo bench --bench load_validate -- FILE...` (cargo adds `--bench`, ignored here).

use pathway_widget::{load_valid, DataFile};
use std::time::Instant;

const RUNS: usize = 15;

fn main() {
    let paths: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with("--")).collect();
    if paths.is_empty() {
        eprintln!("usage: cargo bench --bench load_validate -- FILE...");
        std::process::exit(2);
    }
    let texts: Vec<String> = paths.iter().map(|p| std::fs::read_to_string(p).unwrap_or_else(|e| panic!("cannot read {p}: {e}"))).collect();
    let files: Vec<DataFile<'_>> = paths.iter().zip(&texts).map(|(name, text)| DataFile { name, text }).collect();
    let mut times: Vec<f64> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            let pathway = load_valid(&files).unwrap_or_else(|problems| panic!("invalid data: {}", problems[0]));
            let elapsed = start.elapsed().as_secs_f64() * 1000.0;
            std::hint::black_box(pathway);
            elapsed
        })
        .collect();
    times.sort_by(f64::total_cmp);
    println!("median_ms {:.3}", times[RUNS / 2]);
}
