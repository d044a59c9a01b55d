# Jämföraren – lättläst svenska, mitt val. Granskning: utkast skrivet av utvecklare efter riktlinjerna för lättläst, ej granskat av en lättläst-skribent.
# "Mitt val" på lättläst svenska.

my-choice-title = Mitt val: { $level }
meta-my-choice = Här ser du vilken anordnare du har valt för { $level }. Du ser hur du kontaktar anordnaren. Du ser vad som händer sedan.
my-choice-swedish-beside = Texten finns också på svenska. Den är till din karriärvägledare.
my-choice-chosen = Jag har valt { $provider } för { $level }.
my-choice-default = Jag vill ha den anordnare som kommunen väljer för { $level }.
my-choice-default-today = I dag väljer kommunen { $provider }.
my-choice-default-rotation = Kommunen byter anordnare varannan vecka. Du får den anordnare som gäller den dag karriärvägledaren anmäler dig.
my-choice-date = Datum: { $date }
my-choice-bring = Visa sidan för din karriärvägledare. Du kan också berätta vad du har valt.
my-choice-share-link = Länk till sidan
my-choice-link = Jag väljer { $provider } för { $level }
my-choice-offer-heading = Har du valt den här anordnaren?
my-choice-offer-text = Gör en sida om ditt val. Där står hur du kontaktar anordnaren. Där står vad som händer sedan. Du kan skriva ut sidan.
my-choice-compare-row = Mitt val
my-choice-default-link = Jag vill ha den anordnare som kommunen väljer
