"""Stage 3, render: the model of the API -> file texts, through Jinja templates.

The code here prepares meaning (names, types, stability) as small view objects; the
templates own every piece of Python and Markdown syntax.
"""
