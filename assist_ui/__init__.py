"""Qt code both apps share: start-up and event loop, theme and contrast, settings and
the data folder, the language picker, the header, widgets, info pages, focus and
reduced motion. Imports Qt and `i18n` only: never the session, media or an app."""
