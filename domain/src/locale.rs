//! The languages the portal is published in, and how each writes numbers.

use serde::{Deserialize, Serialize};

/// A language the portal is published in. The URL's first segment is its slug.
///
/// The nine locales are the languages the 2023 survey was answered in and the
/// most common ones the municipality's routines name (004 §4.1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Locale {
    Swedish,
    /// Lättläst: easy-to-read Swedish, a locale of its own with its own URL.
    EasySwedish,
    English,
    Arabic,
    Dari,
    Persian,
    Somali,
    Tigrinya,
    Russian,
}

/// Text direction of a locale, as written in `<html dir>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

impl Locale {
    /// Every published locale, in the order the language switcher lists them.
    pub const ALL: [Locale; 9] = [
        Locale::Swedish,
        Locale::EasySwedish,
        Locale::English,
        Locale::Arabic,
        Locale::Dari,
        Locale::Persian,
        Locale::Somali,
        Locale::Tigrinya,
        Locale::Russian,
    ];

    /// Messages missing in a locale are taken from this one.
    pub const FALLBACK: Locale = Locale::Swedish;

    /// The URL segment, also the folder name under `locales/`.
    pub fn slug(self) -> &'static str {
        match self {
            Locale::Swedish => "sv",
            // A plain ASCII word: typed and shared easily, never mistaken for
            // a language tag.
            Locale::EasySwedish => "lattlast",
            Locale::English => "en",
            Locale::Arabic => "ar",
            Locale::Dari => "prs",
            Locale::Persian => "fa",
            Locale::Somali => "so",
            Locale::Tigrinya => "ti",
            Locale::Russian => "ru",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Locale> {
        Locale::ALL.into_iter().find(|l| l.slug() == slug)
    }

    /// The locale named by a request path's first segment, if any.
    pub fn from_path(path: &str) -> Option<Locale> {
        let first = path.trim_start_matches('/').split('/').next()?;
        Locale::from_slug(first)
    }

    /// The BCP 47 tag for `<html lang>`, also the Fluent bundle's language
    /// (its plural rules).
    ///
    /// - Lättläst is `sv`: the text is Swedish, and a private-use tag such as
    ///   `sv-x-lattlast` would make screen readers and hyphenation guess.
    /// - Dari is `fa-AF`, not ISO 639-3 `prs` (its URL slug): both are valid
    ///   BCP 47, but speech engines, screen readers and browsers' font and
    ///   right-to-left handling know `fa-AF` (Persian as written in
    ///   Afghanistan), while many treat `prs` as an unknown language.
    pub fn html_lang(self) -> &'static str {
        match self {
            Locale::EasySwedish => "sv",
            Locale::Dari => "fa-AF",
            other => other.slug(),
        }
    }

    /// The tag of `<link rel="alternate" hreflang>`: as [`Locale::html_lang`],
    /// but lättläst needs a tag of its own there, or it and Swedish would
    /// claim the same language. A private-use subtag is valid BCP 47; search
    /// engines that do not know it ignore that one alternate.
    pub fn hreflang(self) -> &'static str {
        match self {
            Locale::EasySwedish => "sv-x-lattlast",
            other => other.html_lang(),
        }
    }

    pub fn direction(self) -> Direction {
        match self {
            Locale::Arabic | Locale::Dari | Locale::Persian => Direction::Rtl,
            _ => Direction::Ltr,
        }
    }

    /// The language's name in itself, as the language switcher shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::Swedish => "Svenska",
            Locale::EasySwedish => "Lättläst svenska",
            Locale::English => "English",
            Locale::Arabic => "العربية",
            Locale::Dari => "دری",
            Locale::Persian => "فارسی",
            Locale::Somali => "Soomaali",
            Locale::Tigrinya => "ትግርኛ",
            Locale::Russian => "Русский",
        }
    }

    /// The published locale a browser's language tag asks for, if any:
    /// `fa-AF` and `prs` are Dari, any other `fa` is Persian. Lättläst is
    /// never chosen this way: no tag asks for it, and `sv` means Swedish.
    fn from_language_tag(tag: &str) -> Option<Locale> {
        let tag = tag.trim().to_ascii_lowercase();
        let mut subtags = tag.split(['-', '_']);
        let primary = subtags.next()?;
        // Script and region come before any single-letter extension.
        let in_afghanistan = subtags.take_while(|s| s.len() > 1).any(|s| s == "af");
        match primary {
            "sv" => Some(Locale::Swedish),
            "en" => Some(Locale::English),
            "ar" => Some(Locale::Arabic),
            "prs" => Some(Locale::Dari),
            "fa" if in_afghanistan => Some(Locale::Dari),
            "fa" => Some(Locale::Persian),
            "so" => Some(Locale::Somali),
            "ti" => Some(Locale::Tigrinya),
            "ru" => Some(Locale::Russian),
            _ => None,
        }
    }

    /// Picks the best published locale from an `Accept-Language` header,
    /// honouring q-values; Swedish when nothing matches.
    pub fn negotiate(accept_language: &str) -> Locale {
        let mut ranked: Vec<(f32, usize, Locale)> = accept_language
            .split(',')
            .enumerate()
            .filter_map(|(position, entry)| {
                let mut parts = entry.trim().split(';');
                let locale = Locale::from_language_tag(parts.next()?)?;
                let quality = parts
                    .find_map(|p| p.trim().strip_prefix("q="))
                    .and_then(|q| q.parse::<f32>().ok())
                    .unwrap_or(1.0);
                (quality > 0.0).then_some((quality, position, locale))
            })
            .collect();
        ranked.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        ranked.first().map(|r| r.2).unwrap_or(Locale::FALLBACK)
    }

    /// How the locale writes numbers.
    ///
    /// Every locale uses Western digits (0–9), Arabic, Dari and Persian too,
    /// as Swedish municipalities' translated pages commonly do: the figures
    /// then match the Swedish decisions, letters and phone numbers a reader
    /// compares them with, and a counsellor can read them over the reader's
    /// shoulder. The separators are CLDR's for each language written with
    /// Western digits. (A change here is one match arm, not a rewrite.)
    pub fn number_style(self) -> NumberStyle {
        match self {
            Locale::Swedish | Locale::EasySwedish | Locale::Russian => NumberStyle::SpaceComma,
            Locale::English
            | Locale::Arabic
            | Locale::Dari
            | Locale::Persian
            | Locale::Somali
            | Locale::Tigrinya => NumberStyle::CommaPoint,
        }
    }
}

/// The ways the published locales write numbers (always with Western digits).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberStyle {
    /// `3 876,5`: a no-break space between thousands, a decimal comma.
    SpaceComma,
    /// `3,876.5`: a comma between thousands, a decimal point.
    CommaPoint,
}

impl NumberStyle {
    /// The thousands separator and the decimal sign.
    pub fn symbols(self) -> (char, char) {
        match self {
            NumberStyle::SpaceComma => ('\u{a0}', ','),
            NumberStyle::CommaPoint => (',', '.'),
        }
    }

    /// Rewrites a number written the programmer's way (`-3876.5`) in this
    /// style, grouping the integer part in threes when asked.
    pub fn localize(self, plain: &str, grouping: bool) -> String {
        let (group, decimal) = self.symbols();
        let (sign, unsigned) = match plain.strip_prefix('-') {
            Some(rest) => ("-", rest),
            None => ("", plain),
        };
        let (integer, fraction) = match unsigned.split_once('.') {
            Some((integer, fraction)) => (integer, Some(fraction)),
            None => (unsigned, None),
        };
        // Room for the sign, the digits and a separator (at most two bytes)
        // between each group of three.
        let mut out = String::with_capacity(plain.len() + integer.len());
        out.push_str(sign);
        for (i, digit) in integer.chars().enumerate() {
            if grouping && i > 0 && (integer.len() - i) % 3 == 0 {
                out.push(group);
            }
            out.push(digit);
        }
        if let Some(fraction) = fraction {
            out.push(decimal);
            out.push_str(fraction);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_and_names_are_unique() {
        for (i, a) in Locale::ALL.into_iter().enumerate() {
            for b in &Locale::ALL[i + 1..] {
                assert_ne!(a.slug(), b.slug());
                assert_ne!(a.native_name(), b.native_name());
            }
        }
    }

    #[test]
    fn easy_to_read_swedish_is_swedish_text_at_its_own_address() {
        assert_eq!(Locale::EasySwedish.slug(), "lattlast");
        assert_eq!(Locale::EasySwedish.html_lang(), "sv");
        assert_eq!(
            Locale::from_path("/lattlast/level/ami2"),
            Some(Locale::EasySwedish)
        );
    }

    #[test]
    fn arabic_dari_and_persian_are_right_to_left() {
        let rtl: Vec<_> = Locale::ALL
            .into_iter()
            .filter(|l| l.direction() == Direction::Rtl)
            .collect();
        assert_eq!(rtl, [Locale::Arabic, Locale::Dari, Locale::Persian]);
        assert_eq!(Locale::Dari.slug(), "prs");
        assert_eq!(Locale::Dari.html_lang(), "fa-AF");
    }

    #[test]
    fn accept_language_prefers_the_highest_quality_published_locale() {
        assert_eq!(
            Locale::negotiate("en-GB,en;q=0.9,sv;q=0.8"),
            Locale::English
        );
        assert_eq!(
            Locale::negotiate("de-DE, sv;q=0.5, en;q=0.4"),
            Locale::Swedish
        );
        assert_eq!(Locale::negotiate("sv;q=0.2, en;q=0.9"), Locale::English);
        assert_eq!(Locale::negotiate("de, fr"), Locale::Swedish);
        assert_eq!(Locale::negotiate(""), Locale::Swedish);
        assert_eq!(Locale::negotiate("en;q=0"), Locale::Swedish);
    }

    #[test]
    fn accept_language_reaches_every_language_but_easy_to_read_swedish() {
        assert_eq!(Locale::negotiate("sv-SE,sv;q=0.9"), Locale::Swedish);
        assert_eq!(Locale::negotiate("ar-SE,ar;q=0.9,sv;q=0.5"), Locale::Arabic);
        assert_eq!(Locale::negotiate("so-SO"), Locale::Somali);
        assert_eq!(Locale::negotiate("ti-ER,ti;q=0.9"), Locale::Tigrinya);
        assert_eq!(
            Locale::negotiate("ru-RU,ru;q=0.9,en;q=0.8"),
            Locale::Russian
        );
        assert_eq!(Locale::negotiate("lattlast"), Locale::Swedish);
    }

    #[test]
    fn afghan_persian_is_dari_and_other_persian_is_persian() {
        assert_eq!(Locale::negotiate("fa-AF,fa;q=0.9"), Locale::Dari);
        assert_eq!(Locale::negotiate("fa-Arab-AF"), Locale::Dari);
        assert_eq!(Locale::negotiate("prs"), Locale::Dari);
        assert_eq!(Locale::negotiate("prs-AF, en;q=0.5"), Locale::Dari);
        assert_eq!(Locale::negotiate("fa"), Locale::Persian);
        assert_eq!(Locale::negotiate("fa-IR,en;q=0.5"), Locale::Persian);
        assert_eq!(Locale::negotiate("fa-IR;q=0.4, prs;q=0.8"), Locale::Dari);
    }

    #[test]
    fn locale_comes_from_the_first_path_segment() {
        assert_eq!(Locale::from_path("/en/level/ami2"), Some(Locale::English));
        assert_eq!(Locale::from_path("/sv"), Some(Locale::Swedish));
        assert_eq!(Locale::from_path("/prs/level/isa1"), Some(Locale::Dari));
        assert_eq!(Locale::from_path("/xx/level"), None);
        assert_eq!(Locale::from_path("/"), None);
    }
}
