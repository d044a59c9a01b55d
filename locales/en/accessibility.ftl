# Jämföraren – English, accessibility statement. Review: draft by the developers after Digg's model statement, not yet reviewed by a translator or a lawyer.
# The Swedish Act (2018:1937) on accessibility to digital public services. Each line of a multiline message is its own paragraph or list item.

footer-links-label = More about Jämföraren
a11y-footer-link = Accessibility statement
a11y-title = Accessibility of Jämföraren
a11y-intro =
    Nacka municipality is responsible for Jämföraren. We want as many people as possible to be able to use the service.
    Here we describe how Jämföraren meets the Swedish Act on accessibility to digital public services, which barriers we know of, and how you can tell us about barriers.
a11y-demo = This version of Jämföraren is a demonstration. The statement describes the demonstration.
a11y-heading-status = How accessible is the service?
a11y-status =
    Jämföraren partially complies with the Swedish Act on accessibility to digital public services.
    We have assessed the service against WCAG 2.2 level AA and the European standard EN 301 549.
    We know of the barriers below. We have not checked everything by hand.
a11y-heading-barriers = Barriers we know of
a11y-barriers =
    The translations into English, Arabic, Dari, Persian, Somali, Tigrinya and Russian are drafts. No translator has reviewed them.
    The texts in easy-to-read Swedish, the fact sheets too, have not been reviewed by an easy-to-read writer.
    The Read aloud button uses the voices in your browser. If there is no voice for your language, there is no button. Many browsers have no voices for Dari, Somali and Tigrinya. Your own screen reader still works.
    Tigrinya is written in the Ethiopic script. If your device has no font for that script, the letters may show as boxes.
    Providers write their presentations themselves. They are often only in Swedish, and we cannot make sure they are easy to read.
    The information about providers is invented. The service shows demonstration data only.
a11y-heading-alternative = If you cannot use the service
a11y-alternative =
    Your career counsellor can tell you about the interventions and the providers when you meet.
    You can have an interpreter. Say so if you need one.
a11y-heading-report = Tell us about barriers
a11y-report =
    Do you find something that does not work, or that we have not described here? Tell us, so that we can fix it.
a11y-email-label = Email:
a11y-demo-contact = This is a demonstration: the address is invented and does not receive email. In the real service, the municipality's contact details are here.
a11y-heading-supervision = Supervision
a11y-supervision =
    The Agency for Digital Government (Digg) supervises the Act on accessibility to digital public services.
    Are you not satisfied with how we have handled your comments? Then you can report it to Digg.
a11y-supervision-link = Report a lack of accessibility to Digg
a11y-heading-tested = How we tested the service
a11y-tested =
    We have assessed the service ourselves. Nobody outside has reviewed it.
    Every type of page is tested automatically with the tool axe-core against WCAG 2.2 levels A and AA, in all nine languages.
    The tests run in the Chromium browser, with and without JavaScript, on a small phone screen and on a large screen.
    Automatic tests do not find every barrier. We have not yet tested with screen readers, magnification or voice control, or with users.
a11y-assessed = We last assessed the service on { $date }. The statement was updated the same day.
