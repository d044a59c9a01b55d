# Jämföraren – English, my choice. Review: draft by the developers, not yet reviewed by a translator.
# "My choice": the page showing the chosen provider and what happens next,
# to print and take to the career counsellor (issue 19 §2).

my-choice-title = My choice: { $level }
meta-my-choice = Your choice of provider for { $level }: the provider's contact details and what happens next, to print and show your career counsellor.
my-choice-swedish-beside = The same text is also on this page in Swedish, for your career counsellor.
my-choice-chosen = I have chosen { $provider } for { $level }.
my-choice-default = I want the default provider for { $level }.
my-choice-default-today = Today the default provider is { $provider }.
my-choice-default-rotation = The default provider changes every two weeks, following a list. You get the one that is the default provider on the day your career counsellor registers you.
my-choice-date = Date: { $date }
my-choice-bring = Show this page to your career counsellor, or tell them what you have chosen.
my-choice-share-link = Link to this page
my-choice-link = I choose { $provider } for { $level }
my-choice-offer-heading = Have you chosen this provider?
my-choice-offer-text = Make a page with your choice, the provider's contact details and what happens next. You can print it and show it to your career counsellor.
my-choice-compare-row = My choice
my-choice-default-link = I want the default provider
