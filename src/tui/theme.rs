//! Every style the screen uses, in colour and without it (`NO_COLOR`): levels, the current item
//! and over time stay visible either way (bold, underline, reverse video).

use ratatui::style::{Color, Modifier, Style};

use crate::meeting::Level;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub color: bool,
}

impl Theme {
    /// Colour unless `NO_COLOR` is set to something (see no-color.org).
    pub fn from_env() -> Self {
        Theme { color: std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) }
    }

    fn pick(&self, colored: Style, plain: Style) -> Style {
        if self.color { colored } else { plain }
    }

    pub fn level(&self, level: Level) -> Style {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        match level {
            Level::Normal => self.pick(bold.fg(Color::Green), bold),
            Level::Warning => self.pick(bold.fg(Color::Yellow), bold.add_modifier(Modifier::UNDERLINED)),
            Level::Danger => self.pick(
                bold.fg(Color::LightRed),
                bold.add_modifier(Modifier::UNDERLINED | Modifier::SLOW_BLINK),
            ),
            Level::Over => {
                self.pick(bold.fg(Color::White).bg(Color::Red), bold.add_modifier(Modifier::REVERSED))
            }
        }
    }

    pub fn current(&self) -> Style {
        self.pick(
            Style::new().fg(Color::Black).bg(Color::Cyan).add_modifier(Modifier::BOLD),
            Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
        )
    }

    pub fn title(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    pub fn dim(&self) -> Style {
        self.pick(Style::new().fg(Color::DarkGray), Style::new().add_modifier(Modifier::DIM))
    }

    pub fn struck(&self) -> Style {
        self.dim().add_modifier(Modifier::CROSSED_OUT)
    }

    pub fn label(&self) -> Style {
        self.pick(Style::new().fg(Color::Cyan), Style::new())
    }

    pub fn not_saved(&self) -> Style {
        self.pick(
            Style::new().fg(Color::White).bg(Color::Red).add_modifier(Modifier::BOLD),
            Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
        )
    }

    pub fn saved(&self) -> Style {
        self.pick(Style::new().fg(Color::Green), Style::new())
    }

    pub fn hint(&self) -> Style {
        self.pick(
            Style::new().fg(Color::Black).bg(Color::Yellow),
            Style::new().add_modifier(Modifier::REVERSED),
        )
    }

    pub fn key(&self) -> Style {
        self.pick(
            Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
            Style::new().add_modifier(Modifier::BOLD),
        )
    }

    pub fn decision(&self) -> Style {
        self.pick(
            Style::new().fg(Color::Magenta).add_modifier(Modifier::BOLD),
            Style::new().add_modifier(Modifier::BOLD),
        )
    }

    pub fn action_item(&self) -> Style {
        self.pick(
            Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
            Style::new().add_modifier(Modifier::BOLD),
        )
    }

    pub fn focus(&self) -> Style {
        self.pick(Style::new().fg(Color::Cyan), Style::new().add_modifier(Modifier::BOLD))
    }
}
