//! Global options given twice: clap keeps one of the two without a word.

/// The global options that take one value. Given before the subcommand and again after it,
/// clap keeps one of the two without a word (a change logged under the other actor); given
/// twice, they are refused as anywhere else.
const ONCE: &[&str] = &["--actor", "--format", "--color", "--lang"];

/// The first global option of [`ONCE`] that the command line gives twice, if any. What follows
/// `--` is not an option.
pub fn given_twice(args: impl IntoIterator<Item = std::ffi::OsString>) -> Option<&'static str> {
    let mut seen: Vec<&'static str> = Vec::new();
    for arg in args.into_iter().skip(1) {
        let arg = arg.to_string_lossy();
        if arg == "--" {
            break;
        }
        let name = arg.split_once('=').map_or(arg.as_ref(), |(name, _)| name);
        if let Some(flag) = ONCE.iter().find(|f| **f == name) {
            if seen.contains(flag) {
                return Some(flag);
            }
            seen.push(flag);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_is_every_global_option_that_takes_one_value() {
        use clap::CommandFactory;
        let cli = crate::cli::Cli::command();
        let mut global: Vec<String> = cli
            .get_arguments()
            .filter(|a| {
                a.is_global_set()
                    && a.get_action().takes_values()
                    && !matches!(a.get_action(), clap::ArgAction::Append)
            })
            .filter_map(|a| a.get_long().map(|l| format!("--{l}")))
            .collect();
        global.sort();
        let mut once: Vec<&str> = ONCE.to_vec();
        once.sort();
        assert_eq!(global, once);
    }

    #[test]
    fn only_an_option_given_twice_before_a_double_dash_counts() {
        let args = |a: &[&str]| a.iter().map(std::ffi::OsString::from).collect::<Vec<_>>();
        assert_eq!(
            given_twice(args(&["vreg", "--actor", "a", "log", "--actor=b"])),
            Some("--actor")
        );
        assert_eq!(
            given_twice(args(&["vreg", "--db", "a", "--db", "b", "log"])),
            None
        );
        assert_eq!(
            given_twice(args(&["vreg", "--lang", "nl", "--", "--lang"])),
            None
        );
    }
}
