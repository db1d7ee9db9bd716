//! Small statistics shared by the feature extractor and [`super::envelope`].

/// The value at which the cumulative weight reaches half the total (the lower one on a tie).
pub(super) fn weighted_median(values: &mut [(f64, f64)]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    values.sort_by(|a, b| a.0.total_cmp(&b.0));
    let total: f64 = values.iter().map(|v| v.1).sum();
    if total <= 0.0 {
        let plain: Vec<f64> = values.iter().map(|v| v.0).collect();
        return Some(percentile_sorted(&plain, 50.0));
    }
    let mut cumulative = 0.0;
    for &(v, w) in values.iter() {
        cumulative += w;
        if cumulative >= total / 2.0 {
            return Some(v);
        }
    }
    values.last().map(|v| v.0)
}

pub(super) fn mean(values: &[f64]) -> f64 {
    values.iter().sum::<f64>() / values.len().max(1) as f64
}

/// Linear-interpolated percentile (0–100) of sorted values.
pub(super) fn percentile_sorted(sorted: &[f64], percentile: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let position = percentile / 100.0 * (sorted.len() - 1) as f64;
    let lo = position.floor() as usize;
    let hi = position.ceil() as usize;
    sorted[lo] + (sorted[hi] - sorted[lo]) * (position - lo as f64)
}

/// Least-squares slope of y against x; `None` when x does not vary.
pub(super) fn slope(x: &[f64], y: &[f64]) -> Option<f64> {
    let (mx, my) = (mean(x), mean(y));
    let sxx: f64 = x.iter().map(|v| (v - mx) * (v - mx)).sum();
    let sxy: f64 = x.iter().zip(y).map(|(a, b)| (a - mx) * (b - my)).sum();
    (sxx > 1e-12).then(|| sxy / sxx)
}
