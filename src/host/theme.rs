//! A host's theme, checked before it is used: the brand colour a host sets with the CSS
//! custom property `--pathway-brand` colours the buttons (white text on it) and the links
//! (it on white). Below WCAG AA's 4.5:1 either way, people with low vision could not read
//! them, so such a theme is refused: the widget keeps its own colours and says why.

/// WCAG AA contrast for normal text.
pub const AA: f64 = 4.5;

/// A colour as `#rgb`, `#rrggbb`, `rgb(r, g, b)` or `rgba(r, g, b, 1)`.
pub fn parse_colour(text: &str) -> Option<[u8; 3]> {
    let text = text.trim().to_ascii_lowercase();
    if let Some(hex) = text.strip_prefix('#') {
        let digits: Vec<u8> = hex.chars().map(|c| c.to_digit(16).map(|d| d as u8)).collect::<Option<_>>()?;
        return match digits.as_slice() {
            [r, g, b] => Some([r * 17, g * 17, b * 17]),
            [r1, r2, g1, g2, b1, b2] => Some([r1 * 16 + r2, g1 * 16 + g2, b1 * 16 + b2]),
            _ => None,
        };
    }
    let inner = text.strip_prefix("rgba(").or_else(|| text.strip_prefix("rgb("))?.strip_suffix(')')?;
    let parts: Vec<&str> = inner.split(',').map(str::trim).collect();
    let channel = |s: &str| s.parse::<u8>().ok();
    match parts.as_slice() {
        [r, g, b] => Some([channel(r)?, channel(g)?, channel(b)?]),
        [r, g, b, "1"] => Some([channel(r)?, channel(g)?, channel(b)?]),
        _ => None,
    }
}

/// `x` to the power 2.4, for `x` in 0..=1: x² times the fifth root of x², found by
/// Newton's method. `powf` would bring a 2 KB maths routine into the widget for this.
fn pow_2_4(x: f64) -> f64 {
    let square = x * x;
    let mut root: f64 = 1.0;
    for _ in 0..40 {
        root -= (root.powi(5) - square) / (5.0 * root.powi(4));
    }
    square * root
}

/// WCAG relative luminance.
fn luminance([r, g, b]: [u8; 3]) -> f64 {
    let linear = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            pow_2_4((c + 0.055) / 1.055)
        }
    };
    0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
}

/// WCAG contrast ratio, from 1 to 21.
pub fn contrast(a: [u8; 3], b: [u8; 3]) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// Checks the host's `--pathway-brand` (empty: none set). `Err` says why it is refused and
/// the fix, for the host's console.
pub fn check_brand(value: &str) -> Result<(), String> {
    let value = value.trim();
    if value.is_empty() {
        return Ok(());
    }
    let Some(colour) = parse_colour(value) else {
        return Err(format!(
            "--pathway-brand \"{value}\" is not a colour the widget can check, so it keeps its own colours. Fix: use a hex colour such as #1d4f91."
        ));
    };
    let ratio = contrast(colour, [255, 255, 255]);
    if ratio >= AA {
        return Ok(());
    }
    // Tenths, written without float formatting (it would add kilobytes to the widget).
    let tenths = (ratio * 10.0).round() as u32;
    Err(format!(
        "--pathway-brand \"{value}\" has a contrast of {}.{}:1 with white; WCAG AA needs 4.5:1 for buttons and links, so the widget keeps its own colours. Fix: choose a darker brand colour.",
        tenths / 10,
        tenths % 10
    ))
}

/// The custom properties the `theme` option sets, by the short names it uses for them.
const THEME_PROPERTIES: [(&str, &str); 3] = [("brand", "--pathway-brand"), ("font", "--pathway-font"), ("radius", "--pathway-radius")];

/// Reads the `theme` option (the `theme` attribute, or `theme` in the JS options), such as
/// `brand: #4a2a7a; font: Georgia, serif; radius: 4px`, into the custom properties it sets
/// on the widget. A part that is not `name: value` with a known name is reported, with the
/// fix, and skipped. `option` is the attribute's name as the host wrote it.
pub fn parse_theme(option: &str, text: &str) -> (Vec<(&'static str, String)>, Vec<String>) {
    let mut properties = Vec::new();
    let mut problems = Vec::new();
    for part in text.split(';').map(str::trim).filter(|part| !part.is_empty()) {
        let known = part.split_once(':').and_then(|(name, value)| {
            let property = THEME_PROPERTIES.iter().find(|(short, _)| *short == name.trim())?.1;
            let value = value.trim();
            (!value.is_empty()).then(|| (property, value.to_string()))
        });
        match known {
            Some(property) => properties.push(property),
            None => problems.push(format!(
                "{option} part \"{part}\" is not used. Fix: write brand, font or radius, a colon and a value, with a semicolon between parts, such as \"brand: #1d4f91; radius: 4px\"."
            )),
        }
    }
    (properties, problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_theme_option_becomes_custom_properties_and_bad_parts_are_named() {
        let (properties, problems) = parse_theme("theme", " brand: #4a2a7a; font: Georgia, serif ;radius:4px; ");
        assert_eq!(
            properties,
            [("--pathway-brand", "#4a2a7a".to_string()), ("--pathway-font", "Georgia, serif".to_string()), ("--pathway-radius", "4px".to_string())]
        );
        assert!(problems.is_empty());
        let (properties, problems) = parse_theme("data-theme", "colour: red; brand:; radius 4px; font: Arial");
        assert_eq!(properties, [("--pathway-font", "Arial".to_string())]);
        assert_eq!(problems.len(), 3);
        assert!(problems[0].starts_with("data-theme part \"colour: red\"") && problems[0].contains("Fix: write brand, font or radius"));
    }

    #[test]
    fn colours_parse_in_the_forms_hosts_write() {
        assert_eq!(parse_colour("#1d4f91"), Some([0x1d, 0x4f, 0x91]));
        assert_eq!(parse_colour(" #FFF "), Some([255, 255, 255]));
        assert_eq!(parse_colour("rgb(0, 112, 60)"), Some([0, 112, 60]));
        assert_eq!(parse_colour("rgba(0,112,60,1)"), Some([0, 112, 60]));
        for bad in ["navy", "#12345", "rgba(0,0,0,0.5)", "rgb(300,0,0)", ""] {
            assert_eq!(parse_colour(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_power_matches_the_library_one() {
        for i in 0..=255 {
            let x = (f64::from(i) / 255.0 + 0.055) / 1.055;
            assert!((pow_2_4(x) - x.powf(2.4)).abs() < 1e-12, "{i}");
        }
    }

    #[test]
    fn contrast_matches_wcag() {
        let ratio = contrast([0, 0, 0], [255, 255, 255]);
        assert!((ratio - 21.0).abs() < 0.01);
        assert!((contrast([0x1d, 0x4f, 0x91], [255, 255, 255]) - 8.14).abs() < 0.01);
    }

    #[test]
    fn a_brand_too_light_for_white_text_is_refused_with_its_ratio_and_fix() {
        assert_eq!(check_brand(""), Ok(()));
        assert_eq!(check_brand("#00703c"), Ok(()));
        let refused = check_brand("#ffdd00").expect_err("yellow is too light");
        assert!(refused.contains("1.3:1") && refused.contains("Fix: choose a darker brand colour"), "{refused}");
        assert!(check_brand("hotpink").expect_err("a name").contains("hex colour"));
        // #767676 is 4.54:1 and passes; #777777 is 4.48:1 and is refused.
        assert_eq!(check_brand("#767676"), Ok(()));
        assert!(check_brand("#777777").is_err());
    }
}
