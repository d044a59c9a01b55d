# Jämföraren – svenska (standard), mitt val. Granskning: utkast skrivet av utvecklare, ej granskat av språkgranskare.
# "Mitt val": sidan som visar den valda anordnaren och vad som händer sedan,
# att skriva ut och ta med till karriärvägledaren (issue 19 §2).

my-choice-title = Mitt val: { $level }
meta-my-choice = Ditt val av anordnare för { $level }: anordnarens kontaktuppgifter och vad som händer sedan, att skriva ut och visa för din karriärvägledare.
my-choice-swedish-beside = Samma text står också på svenska på sidan, för din karriärvägledare.
my-choice-chosen = Jag har valt { $provider } för { $level }.
my-choice-default = Jag vill ha förvalsanordnaren för { $level }.
my-choice-default-today = I dag är förvalsanordnaren { $provider }.
my-choice-default-rotation = Förvalsanordnaren byts varannan vecka enligt en lista. Du får den som är förvalsanordnare den dag karriärvägledaren anmäler dig.
my-choice-date = Datum: { $date }
my-choice-bring = Visa den här sidan för din karriärvägledare, eller berätta vad du har valt.
my-choice-share-link = Länk till den här sidan
my-choice-link = Jag väljer { $provider } för { $level }
my-choice-offer-heading = Har du valt den här anordnaren?
my-choice-offer-text = Gör en sida med ditt val, anordnarens kontaktuppgifter och vad som händer sedan. Du kan skriva ut den och visa den för din karriärvägledare.
my-choice-compare-row = Mitt val
my-choice-default-link = Jag vill ha förvalsanordnaren
