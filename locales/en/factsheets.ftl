# Jämföraren – English, fact sheets. Review: draft by the developers in plain English after the Swedish easy-to-read sheets, not yet reviewed by a translator.
# One thought per line: each line of a multiline message is shown as its own paragraph or list item.
# The codes FAI, AMI, ISA stay as codes; "sfi" is explained where it first appears.

## Shared by every fact sheet

sheet-title = Fact sheet about { $level }
sheet-link = Read the fact sheet about { $level }
sheet-back-to-index = All fact sheets
sheet-index-title = Fact sheets about the interventions
sheet-index-intro = Here is a fact sheet for each intervention. The fact sheets are written in plain language. They are in every language Jämföraren has. You can print them.
sheet-heading-what = What is it?
sheet-heading-who = Who is it for?
sheet-heading-length = How long?
sheet-heading-happens = What happens?
sheet-heading-goal = What is the goal?
sheet-heading-rights = Your rights
sheet-heading-ask = Who can you ask?
sheet-rights =
    You choose which provider you want.
    A provider can be a company, a non-profit organisation or the municipality.
    On Jämföraren you can see all the providers you can choose from.
    You can change provider.
    Do you not want to choose? Then you get the default provider.
    The default provider changes every two weeks, following a list.
    You can ask for a meeting with the provider and your career counsellor.
sheet-rights-historical =
    You chose which provider you wanted.
    You could change provider.
    This intervention no longer exists.
    Today there are the interventions in FAI, AMI and ISA instead.
sheet-ask =
    Ask your career counsellor at Nacka municipality.
    The career counsellor decides on your intervention and helps you choose.
    You can also ask your provider.
    Do you need an interpreter? Tell your career counsellor.
sheet-historical-note = This intervention existed until June 2024. The fact sheet is kept to show how it was.
sheet-providers-link = See which providers you can choose for { $level }
sheet-source = This fact sheet is based on Nacka municipality's rules for customer choice from 2024.
sheet-source-historical = This fact sheet is based on Nacka municipality's report on the interventions in 2023.
sheet-read-aloud = Read aloud
sheet-stop-reading = Stop reading
sheet-print = Print

## FAI 1

sheet-FAI1-what =
    FAI 1 is a work trial.
    You try working at a workplace.
    A provider supports you the whole time.
    Together you find out what work you can do.
    You also find out how much you can work.
sheet-FAI1-who =
    FAI 1 is for you if you do not know how much you can work.
    Your capacity for work needs to become clear.
    Capacity for work means what work you can do and how much.
sheet-FAI1-length =
    FAI 1 lasts at most 3 months.
    Usually the intervention cannot be extended.
    Sometimes it can be extended by 1 month at a time, at most 2 months.
sheet-FAI1-happens =
    When you have chosen a provider, the intervention starts.
    The provider contacts you.
    You have a first meeting within one week.
    Within 14 days you make a plan together. It is called an implementation plan.
    You try working at a workplace.
    You are in contact with the provider at least once a week.
    Every month you talk about how it is going.
    The provider writes a report to your career counsellor every month.
sheet-FAI1-goal =
    The goal is that you know what work you can do and how much.
    Then you can go on to AMI 2. That is work training.
    Or you get support from another public authority.

## FAI 2

sheet-FAI2-what =
    FAI 2 is activities that are a first step towards work.
    You do activities together with other people.
    A provider supports you the whole time.
sheet-FAI2-who =
    FAI 2 is for you if you have been without work, studies or other occupation for a long time.
    You first need to become part of a group of other people.
sheet-FAI2-length =
    FAI 2 lasts at most 6 months.
    Usually the intervention cannot be extended.
    Sometimes it can be extended by 1 month at a time, at most 2 months.
sheet-FAI2-happens =
    When you have chosen a provider, the intervention starts.
    The provider contacts you.
    You have a first meeting within one week.
    Within 14 days you make a plan together. It is called an implementation plan.
    You do activities together with others.
    You are in contact with the provider at least once a week.
    Every month you talk about how it is going.
    The provider writes a report to your career counsellor every month.
sheet-FAI2-goal =
    The goal is that you can try working at a workplace.
    Then you can go on to FAI 1. That is a work trial.
    Or you get support from another public authority.

## AMI 1

sheet-AMI1-what =
    AMI 1 is guidance and help to find work or studies.
    You learn how the labour market works.
    A provider helps you find work or education that suits you.
sheet-AMI1-who =
    AMI 1 is for you if you can work full time.
    You need guidance to get to work or studies.
sheet-AMI1-length =
    AMI 1 lasts at most 3 months.
    Usually the intervention cannot be extended.
    Sometimes it can be extended by 1 month at a time, at most 2 months.
sheet-AMI1-happens =
    When you have chosen a provider, the intervention starts.
    The provider contacts you.
    You have a first meeting within one week.
    Within 14 days you make a plan together. It is called an implementation plan.
    You look for jobs or courses that suit you.
    You are in contact with the provider at least once a week.
    Every month you talk about how it is going.
    The provider writes a report to your career counsellor every month.
sheet-AMI1-goal =
    The goal is that you support yourself.
    You can support yourself with a job.
    You can also study with student finance or start your own business.

## AMI 2

sheet-AMI2-what =
    AMI 2 is work training and guidance.
    You practise working at a workplace.
    You learn how the labour market works.
    A provider helps you towards work or studies.
sheet-AMI2-who =
    AMI 2 is for you if you can work at least 25 percent of full time.
    That is about 10 hours a week.
    You need support to get to work or studies.
sheet-AMI2-length =
    AMI 2 lasts at most 12 months.
    Usually the intervention cannot be extended.
    Sometimes it can be extended by 1 month at a time, at most 2 months.
sheet-AMI2-happens =
    When you have chosen a provider, the intervention starts.
    The provider contacts you.
    You have a first meeting within one week.
    Within 14 days you make a plan together. It is called an implementation plan.
    You practise working at a workplace.
    You are in contact with the provider at least once a week.
    Every month you talk about how it is going.
    The provider writes a report to your career counsellor every month.
sheet-AMI2-goal =
    The goal is that you support yourself.
    You can support yourself with a job.
    You can also study with student finance or start your own business.

## ISA 1

sheet-ISA1-what =
    ISA 1 is language training at a workplace.
    You practise Swedish at a workplace where people speak Swedish.
    At the same time you study sfi. Sfi is Swedish for immigrants.
    A provider supports you the whole time.
sheet-ISA1-who =
    ISA 1 is for you if you are new in Sweden.
    You are in the Swedish Public Employment Service's establishment programme.
    Or you have the right to be in the programme.
sheet-ISA1-length =
    ISA 1 lasts at most 9 months.
    Usually the intervention cannot be extended.
    Sometimes it can be extended by 1 month at a time, at most 2 months.
sheet-ISA1-happens =
    When you have chosen a provider, the intervention starts.
    The provider contacts you.
    You have a first meeting within one week.
    Within 14 days you make a plan together. It is called an implementation plan.
    You practise Swedish at a workplace and study sfi.
    You are in contact with the provider at least once a week.
    Every month you talk about how it is going.
    The provider writes a report to your career counsellor every month.
sheet-ISA1-goal =
    The goal is that you quickly get out to a workplace and learn Swedish.
    Then you get support from the Swedish Public Employment Service.
    Or you go on to another intervention.

## ISA 2

sheet-ISA2-what =
    ISA 2 is language training at a workplace.
    You practise Swedish at a workplace where people speak Swedish.
    At the same time you study sfi. Sfi is Swedish for immigrants.
    A provider supports you the whole time.
sheet-ISA2-who =
    ISA 2 is for you if you are new in Sweden and cannot be in the Swedish Public Employment Service's establishment programme.
    It is also for you if you have been in the establishment programme but have not finished sfi.
sheet-ISA2-length =
    ISA 2 lasts at most 12 months.
    Usually the intervention cannot be extended.
    Sometimes it can be extended by 1 month at a time, at most 2 months.
sheet-ISA2-happens =
    When you have chosen a provider, the intervention starts.
    The provider contacts you.
    You have a first meeting within one week.
    Within 14 days you make a plan together. It is called an implementation plan.
    You practise Swedish at a workplace and study sfi.
    You are in contact with the provider at least once a week.
    Every month you talk about how it is going.
    The provider writes a report to your career counsellor every month.
sheet-ISA2-goal =
    The goal is that you finish sfi.
    Then you can go on to another intervention, for example AMI 2.

## Basic job voucher, Jobbpeng grund (before 2024)

sheet-JPG-what =
    Jobbpeng grund was an intervention to find work.
    A provider supported you.
sheet-JPG-who =
    Jobbpeng grund was for you if you had worked before.
    You did not need to try out how much you could work.
sheet-JPG-length =
    The career counsellor decided how long the intervention would last.
    It could be extended after a meeting with you, the provider and the career counsellor.
sheet-JPG-happens =
    You and the provider made a plan together.
    You got help with your CV and your cover letter.
    You could do an internship with an employer.
    The provider wrote a report to your career counsellor every month.
    When the intervention ended, the provider wrote a final report.
sheet-JPG-goal =
    The goal was that you would support yourself.
    With a job, with studies or with your own business.

## Reinforced job voucher, Förstärkt jobbpeng (before 2024)

sheet-FJP-what =
    Förstärkt jobbpeng was an intervention with extra support on the way to work.
    A provider supported you.
sheet-FJP-who =
    Förstärkt jobbpeng was for you if you had not worked before.
    Or for you if you had not worked for a long time.
    You needed more support, often from several sides.
sheet-FJP-length =
    The career counsellor decided how long the intervention would last.
    It could be extended after a meeting with you, the provider and the career counsellor.
sheet-FJP-happens =
    You and the provider made a plan together.
    You got activities that suited your needs.
    You could do work training at one or more workplaces.
    The provider worked together with others who supported you.
    The provider wrote a report to your career counsellor every month.
    When the intervention ended, the provider wrote a final report.
sheet-FJP-goal =
    The goal was that you would support yourself.
    With a job, with studies or with your own business.

## Language and work introduction, SAI (before 2024)

sheet-SAI-what =
    SAI was an intervention where you learned Swedish and got out into working life.
    At least half of the time you practised Swedish at a workplace.
    The rest of the time you studied sfi and civic orientation.
sheet-SAI-who =
    SAI was for you if you lived in Nacka and were 18 to 65 years old.
    The Swedish language was an obstacle for you to get work.
sheet-SAI-length =
    The career counsellor decided how long the intervention would last.
    It could be extended after a meeting with you, the provider and the career counsellor.
sheet-SAI-happens =
    You and the provider made a plan together.
    You practised Swedish at a workplace.
    You studied sfi and civic orientation.
    The provider wrote a report to your career counsellor every month.
    When the intervention ended, the provider wrote a final report.
sheet-SAI-goal =
    The goal was that you would learn Swedish.
    And that you would get a lasting place in the labour market.
