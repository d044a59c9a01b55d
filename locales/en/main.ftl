# Jämföraren – English. Review: draft by the developers, not yet reviewed by a translator.

site-name = Jämföraren
skip-to-content = Skip to content
language-switcher-label = Choose language
footer-about = Jämföraren helps you choose a provider for the intervention Nacka municipality has granted you. Every provider is shown in the same way.
demo-notice = This is a demonstration. The providers' details are invented and do not describe real companies.
back-to-start = Back to the start page
copy-link = Copy link to this page
copy-link-done = The link is copied.
copy-link-failed = Copying did not work. Copy the address from the browser's address bar.

home-title = Choose a provider for your intervention
home-intro = Your career counsellor has decided on an intervention. Choose the customer-choice system and level to see which providers you can choose between.
home-results-heading = How it went for the customers
home-results-text = The statistics show what happened to the customers of each provider, for example how many found work or started studying.

kundval-FAI-name = FAI – Preparatory work-oriented interventions
kundval-FAI-about = For you who need to find out what work you can do, or first need to become part of a social context.
kundval-AMI-name = AMI – Labour-market interventions
kundval-AMI-about = For you who can work and want to get a job or start studying.
kundval-ISA-name = ISA – Introduction: Swedish for immigrants and work introduction
kundval-ISA-about = For you who are new in Sweden and want to practise Swedish at a workplace.
kundval-KAA-name = Labour-market interventions (until June 2024)
kundval-KAA-about = The interventions offered before 2024.

level-FAI1-short = FAI 1
level-FAI1-name = Work trial to find out your capacity to work
level-FAI1-for-whom = For you whose capacity to work needs to be clarified. The intervention lasts at most 3 months.
level-FAI2-short = FAI 2
level-FAI2-name = Activities as a first step towards work
level-FAI2-for-whom = For you who have been without occupation for a long time and need a social context. The intervention lasts at most 6 months.
level-AMI1-short = AMI 1
level-AMI1-name = Guidance and matching to work or studies
level-AMI1-for-whom = For you who can work full time. The intervention lasts at most 3 months.
level-AMI2-short = AMI 2
level-AMI2-name = Work training and guidance to work or studies
level-AMI2-for-whom = For you who can work at least 25 per cent. The intervention lasts at most 12 months.
level-ISA1-short = ISA 1
level-ISA1-name = Language training at a workplace for the establishment programme
level-ISA1-for-whom = For you who take part in the Swedish Public Employment Service's establishment programme. The intervention lasts at most 9 months.
level-ISA2-short = ISA 2
level-ISA2-name = Language training at a workplace
level-ISA2-for-whom = For you who are new in Sweden and not in the establishment programme. The intervention lasts at most 12 months.
level-JPG-short = Jobbpeng grund (basic job bonus)
level-JPG-name = (intervention before 2024)
level-JPG-for-whom = An intervention offered until June 2024.
level-FJP-short = Förstärkt jobbpeng (reinforced job bonus)
level-FJP-name = (intervention before 2024)
level-FJP-for-whom = An intervention offered until June 2024.
level-SAI-short = SAI
level-SAI-name = Språk- och arbetsintroduktion: Language and work introduction (intervention before 2024)
level-SAI-for-whom = An intervention offered until June 2024.

level-max-months = At most { $months } months
level-provider-count = { $count ->
    [0] No providers
    [one] { $count } provider
   *[other] { $count } providers
}
level-providers-heading = { $count ->
    [one] { $count } provider to choose from
   *[other] { $count } providers to choose from
}
level-no-providers = There are no providers for this intervention at the moment.
level-not-offered = This intervention is no longer offered.

organisation-form-company = Company
organisation-form-non_profit = Non-profit organisation
organisation-form-municipal = Nacka municipality's own unit

error-not-found-title = Page not found
error-not-found = We cannot find the page you are looking for. It may have moved, or the address is wrong.
error-unavailable-title = The service is not working right now
error-unavailable = Something went wrong on our side. Please try again in a while.
error-too-large-title = What you sent is too large
error-too-large = The form or file is larger than we accept. Send less text, or a smaller file.

## Choosing a provider: list, filters, profile

default-provider-heading = If you do not want to choose
default-provider-text = If you do not choose yourself, you get the default provider. Right now it is { $provider }. The default provider changes every two weeks, following a list.
default-provider-none = There is no default provider right now.
default-provider-until = This is so up to and including { $date }.
level-search-heading = Search and filter
search-label = Search the providers
search-hint = For example, type a name, a language or an industry.
filters-submit = Show providers
filters-clear = Remove all filters
filter-count = { $label } ({ $count })
order-label = Order
order-random = Random order
order-name = Alphabetical order A–Ö
order-random-explained = The list is in random order. The order stays the same for you during your visit and for anyone you share the link with. No provider is always first.
order-name-explained = The list is in alphabetical order.
listing-count = Showing { $shown } of { $total } providers.
listing-empty = No provider matches all your choices. Remove a filter or change the search.
search-shortened = The search was too long. We searched for the first 200 characters.
share-list-link = Link to this list
provider-read-more = Read more about { $provider }
provider-city = Located in { $city }

fact-kind-language = Languages
fact-kind-area = Area
fact-kind-competence = Special competence
fact-kind-industry = Industries in the employer network
fact-kind-meeting_form = Meetings
fact-kind-accessibility = Accessibility of the premises
fact-kind-coaches = Before you choose

fact-language-sv = Swedish
fact-language-en = English
fact-language-ar = Arabic
fact-language-prs = Dari
fact-language-fa = Persian
fact-language-so = Somali
fact-language-ti = Tigrinya
fact-language-ru = Russian
fact-language-uk = Ukrainian
fact-language-es = Spanish
fact-language-fr = French
fact-language-tr = Turkish
fact-language-pl = Polish
fact-language-ku = Kurdish
fact-language-am = Amharic
fact-area-nacka-sickla = Nacka, Sickla
fact-area-nacka-centrum = Nacka centre
fact-area-nacka-fisksatra = Nacka, Fisksätra
fact-area-nacka-orminge = Nacka, Orminge
fact-area-nacka-saltsjobaden = Nacka, Saltsjöbaden
fact-area-stockholm = Elsewhere in Stockholm
fact-competence-npf = Neurodevelopmental conditions and cognitive difficulties
fact-competence-far-from-labour-market = Far from the labour market
fact-competence-young-adults = Young adults
fact-competence-newcomers = Newcomers
fact-competence-mental-health = Mental ill-health
fact-competence-physical-disability = Physical disability
fact-industry-retail = Retail
fact-industry-hospitality = Hotels and restaurants
fact-industry-construction = Construction
fact-industry-care = Health and social care
fact-industry-logistics = Warehouse and logistics
fact-industry-it = IT
fact-industry-cleaning = Cleaning and property services
fact-industry-transport = Transport
fact-industry-manufacturing = Manufacturing
fact-industry-office = Office and administration
fact-meeting_form-on_site = Meetings on site
fact-meeting_form-digital = Digital meetings
fact-accessibility-step_free = Step-free entrance
fact-accessibility-hearing_loop = Hearing loop
fact-accessibility-accessible_toilet = Accessible toilet
fact-accessibility-quiet_room = Quiet room
fact-coaches-several_before_choice = You can meet several coaches before you choose

profile-facts-heading = Facts
profile-organisation-form = Type of organisation
profile-employees = Number of employees
profile-contact-heading = Contact
profile-phone = Phone
profile-email = E-mail
profile-website = Website
profile-address = Postal address
profile-levels-heading = Interventions the provider offers
profile-level-since = since { $date }
profile-presentation-heading = The provider's presentation
profile-presentation-in-swedish = The provider has not written in your language. The text is in Swedish.
profile-no-presentation = The provider has not written a presentation.
profile-updated = Updated { $date }
profile-stale = This information has not been updated for more than a year. Ask the provider whether anything has changed.
profile-not-stated = Not stated
kundval-default-provider = Default provider right now: { $provider }
compare-select = Compare { $provider }
compare-submit = Compare the chosen providers
compare-hint = Choose two to four providers to compare.
compare-title = Compare providers
compare-too-few = Choose at least two providers to compare.
compare-too-many = You can compare at most four providers at a time. We show the first four.
compare-field = Detail
share-heading = Share
share-qr-label = QR code with a link to this page
share-qr-hint = Scan the code with your phone's camera to open the page on your phone.
print = Print
profile-updated-label = Last updated

meta-provider = { $provider } in Jämföraren: how the provider works, the languages spoken, where it is and how to contact it. Compare it with the other providers.
meta-compare = Compare providers side by side: how they work, the languages spoken, where they are and their results.

next-steps-heading = After you have chosen
next-steps-tell = Tell your career counsellor which provider you have chosen. If you do not want to choose, say so: you then get the default provider.
next-steps-day-1 = Day 1: your counsellor registers you with the provider.
next-steps-day-1-2 = Day 1–2: the provider decides who will work with you and tells your counsellor.
next-steps-day-2-3 = Day 2–3: your counsellor sends the assignment to the provider.
next-steps-day-3-14 = Day 3–14: the provider sends a plan for your intervention (implementation plan) to the municipality for approval.
next-steps-change = You may change provider later. Talk to your career counsellor if you want to change.
