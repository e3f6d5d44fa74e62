# Numbers in every language as in Dutch, like the amounts (€ 1.234,56, the notation of the letters from the
# gemeente and Dienst Toeslagen): 12,5 uur next to € 1.234,56, never 12.5 beside it. Dates keep Django's
# own format for this language (month names in the language).
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "."
NUMBER_GROUPING = 3
