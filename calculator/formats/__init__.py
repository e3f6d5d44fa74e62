"""Number formats per language (settings.FORMAT_MODULE_PATH): Dutch notation for numbers in every language."""
