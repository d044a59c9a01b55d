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
level-JPG-short = Jobbpeng grund
level-JPG-name = (intervention before 2024)
level-JPG-for-whom = An intervention offered until June 2024.
level-FJP-short = Förstärkt jobbpeng
level-FJP-name = (intervention before 2024)
level-FJP-for-whom = An intervention offered until June 2024.
level-SAI-short = SAI
level-SAI-name = Language and work introduction (intervention before 2024)
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
