package corpus

// The templates. All of the text is written for this package; the people,
// charities, universities and publishers are invented.
//
// Placeholders: {key:fmt} is a figure of profile key (see profiles) in
// format fmt:
//
//	n  the level as written in copy: "12,345", "£4.7 billion", "£240m"
//	h  a hedged round level: "more than 12,000", "almost £5bn"
//	e  "an estimated 685,000" (the hedge is not part of the quote)
//	m  millions: "1.2 million", "1.2m"
//	k  thousands abbreviated: "30k"
//	w  a small count in words: "four"
//	p  a percentage share: "67%", "67 per cent"
//	c+ c-  a percentage rise or fall: "up {x:c+}", "fell by {x:c-}"
//	d+ d-  a rise or fall in the profile's unit
//	f  a fraction: "half", "a third"
//
// and {key:fmt:stat} overrides the figure's statistic. Other placeholders
// are slots (see builder.slot): cast members, places, and the numbers that
// are not statistics ({date}, {year}, {time}, {aged}, {section}, {phone}, ...).

var topics = []string{"boats", "net", "asylum", "rwanda"}

var publishers = []string{
	"The Daily Ledger", "Northern Courier", "Westminster Herald", "Coastline News", "The Morning Sentinel",
	"Evening Dispatch", "The Borough Gazette",
}

var roles = []string{
	"Home Affairs Correspondent", "Political Editor", "Chief Reporter", "Home Affairs Editor",
	"Social Affairs Correspondent", "Data Reporter", "Kent Correspondent", "Westminster Reporter",
}

var firstNames = []string{
	"Harriet", "Tom", "Anil", "Ruth", "Marcus", "Giles", "Dean", "Priya", "Helen", "Oliver", "Fatima", "Gareth",
	"Siobhan", "Kwame", "Lucy", "Rhys", "Imogen", "Declan", "Nadia", "Callum", "Bethan", "Tariq", "Eleanor", "Joel",
}

var surnames = []string{
	"Quayle", "Ridley", "Mistry", "Okonjo", "Fenwick", "Hartnell", "Carrow", "Varma", "Marsh", "Pennington",
	"Adeyemi", "Rowntree", "Gallagher", "Lindqvist", "Thorne", "Bellamy", "Castellano", "Whitlock", "Dunmore",
	"Ashdown", "Kilbride", "Osei", "Trevelyan", "Moorcroft",
}

var ministerRoles = []string{"Home Secretary", "Border Security Minister", "Immigration Minister", "Policing Minister"}

var shadowRoles = []string{"shadow home secretary", "Conservative MP", "Reform UK MP", "Labour backbencher", "Liberal Democrat spokesperson"}

var charityRoles = []string{
	"chief executive of the Harbour Refugee Trust", "director of the Open Doors Migrant Forum",
	"head of policy at the Coastal Welcome Project", "founder of the charity Safe Shores Network",
}

var academicRoles = []string{
	"of the Centre for Migration Evidence at Westbrook University", "a demographer at Kingsmere University",
	"who studies border policy at the University of Eastfield",
}

var spokespeople = []string{"a Home Office spokesperson", "a Government spokesman", "a Downing Street source", "a Home Office source"}

var ukPlaces = []string{"Dover", "Folkestone", "Deal", "Ramsgate", "Dungeness", "Hythe", "Lydd", "Margate"}

var frenchPlaces = []string{"Gravelines", "Wimereux", "Boulogne-sur-Mer", "Dunkirk", "Calais", "Équihen-Plage", "Le Portel"}

var towns = []string{"Stockport", "Bournemouth", "Hull", "Wakefield", "Swindon", "Colchester", "Telford", "Barnsley"}

var courts = []string{"Westminster Magistrates' Court", "the High Court", "the Court of Appeal", "Canterbury Crown Court"}

var headlines = map[string][]string{
	"boats": {
		"{boats_day:n} migrants cross the Channel in a single day as calm weather returns",
		"Small boat arrivals top {boats_year:n} for the year so far",
		"Channel crossings up {boats_year:c+} on last year despite enforcement push",
		"Record day for Channel crossings piles pressure on Home Office",
		"French police 'standing by' as dinghies launch from {fplace}",
		"Border Force rescues {boats_day:h} people in busiest day of the summer",
		"Small boat crossings hit {boats_year:k} as ministers promise crackdown",
		"Dinghy arrivals slump in wet spring but officials brace for summer",
	},
	"net": {
		"Net migration falls to {net:n} but remains far above pre-pandemic levels",
		"Net migration hit record {net:n}, revised figures show",
		"Immigration to Britain reached {immig:m} last year, statisticians say",
		"Emigration rises as {emig:n} people leave the UK",
		"Visa applications plunge after crackdown on care worker dependants",
		"Student visa numbers fall {visas:c-} after rule change",
		"What the latest migration figures really tell us",
	},
	"asylum": {
		"Asylum backlog drops to {backlog:n} as caseworkers clear older claims",
		"Asylum system costs taxpayers {asylum_cost:n} a year, spending watchdog finds",
		"Hotels for asylum seekers costing {hotel_day:n} a day",
		"Councils warn of strain as asylum claims reach {claims:n}",
		"Grant rate for asylum claims climbs to {grants:p}",
		"Home Office faces questions over empty barracks plan",
		"Asylum hotel bill hits {hotel_year:n} as closures stall",
	},
	"rwanda": {
		"Rwanda scheme cost {rwanda_pay:n} with {rwanda_rel:w} people relocated",
		"Kigali keeps {rwanda_pay:n} despite scrapped deportation deal",
		"Rwanda plan: how much did the failed scheme really cost?",
		"Only {rwanda_rel:w} migrants sent to Rwanda under voluntary scheme",
		"Auditors put final Rwanda bill at {rwanda_total:n}",
	},
}

var standfirsts = map[string][]string{
	"boats": {
		"Hundreds of people were brought ashore at {place} as settled conditions in the Channel prompted a fresh wave of launches from northern France.",
		"The latest figures mean more people have made the journey this year than at the same point in {year}, according to Home Office data.",
		"{boats_day:n} people were picked up on {weekday} alone, the highest daily total for several weeks.",
		"Ministers insist their new deal with Paris will begin to bite within {days}.",
	},
	"net": {
		"Statisticians said the fall was driven by fewer people arriving on work and study visas.",
		"The revised estimate of {net:n} is higher than first reported and will fuel the row over border control.",
		"The figures cover the year to June and were published on {date}.",
	},
	"asylum": {
		"Figures released on {date} show the number of people waiting for an initial decision has fallen for the {ordinal} quarter in a row.",
		"The cost of housing people while their claims are processed has become one of the biggest pressures on the Home Office budget.",
		"Spending on the asylum system reached {asylum_cost:n} in {fy}, the accounts show.",
	},
	"rwanda": {
		"The spending watchdog said the total bill could rise further once legal costs are included.",
		"The deportation scheme was scrapped in {year} after years of legal challenges.",
		"Ministers confirmed that {rwanda_pay:n} had been paid to Kigali before the first flight was grounded.",
	},
}

var facts = map[string][]string{
	"boats": {
		"{boats_day:n} people crossed the Channel in {boats_count:n} small boats on {weekday}, according to Home Office figures.",
		"Border Force vessels picked up {boats_day:n} migrants off the coast of {place} on {weekday}.",
		"It brings the total for the year so far to {boats_year:n}.",
		"That is {boats_year:c+} higher than at the same point last year.",
		"Arrivals were up {boats_year:c+} on the same period a year earlier.",
		"So far this year {boats_year:n} people have made the journey, compared with {boats_year:n} by this point last year.",
		"French officers said they had stopped {prevented:h} people from launching on {weekday} night.",
		"The busiest single day of the year came in {month}, when {boats_day:n} people arrived.",
		"A total of {boats_count:n} boats were detected, carrying an average of {boats_per:n:average} people each.",
		"Since the start of {year}, {boats_year:h} people have been brought ashore.",
		"Crossings fell by {boats_year:c-} in the first half of the year after a run of poor weather.",
		"{boats_year:p} of those arriving by small boat were adult men, the data shows.",
		"The Home Office said {boats_day:n} people had been detected in {boats_count:w} boats.",
		"Officials recorded {boats_day:e} arrivals over the weekend, though the final figure may be revised.",
		"Across the whole of last year, {boats_year:n} people reached the UK in small boats.",
		"The number crossing so far this year is {boats_year:d+} more than at the same stage last year.",
		"Border Force said {boats_day:h} people were brought into {place} on a single day last week.",
		"{boats_year:o} of those who crossed this year was a child travelling alone, according to charities.",
	},
	"net": {
		"Net migration – the difference between the number of people moving to the UK and the number leaving – stood at {net:n} in the year to {month} {year}.",
		"The statistics office revised its estimate for the previous year to {net:n}.",
		"{immig:m} people moved to the UK long-term, while {emig:n} left.",
		"Immigration was put at {immig:m}, with emigration at {emig:n}.",
		"Net migration was {net:c-} lower than the peak recorded a year earlier.",
		"The number of people emigrating from the UK rose to {emig:n}, the highest figure since records began.",
		"The Home Office issued {visas:n} work and study visas in the twelve months to {month}.",
		"Dependants accounted for {visas:f} of all study visas granted.",
		"Britain's population reached {pop:m} in {midyear}, driven almost entirely by migration.",
		"Net migration has now fallen to {net:e}, according to the latest release.",
		"Long-term immigration fell by {immig:c-} while emigration climbed.",
		"Visas issued to health and care workers dropped {visas:c-} on the previous year.",
		"{visas:o} work visas went to people coming to work in health and social care.",
		"Net migration at {net:h} would still be far higher than the levels seen before {year}.",
	},
	"asylum": {
		"The number of people waiting for an initial decision on their asylum claim fell to {backlog:n} at the end of {month}.",
		"The backlog peaked at {backlog:n} cases in {year} before caseworkers began fast-tracking claims.",
		"In the year to {month}, {claims:n} people claimed asylum in the UK, {claims:c+} more than the previous year.",
		"{claims:p} of asylum claims were made by people who had arrived on small boats.",
		"The grant rate at initial decision stood at {grants:p}, down from {grants:p} a year earlier.",
		"{grants:n} people were granted asylum or another form of protection.",
		"The asylum system cost {asylum_cost:n} last year, according to the department's annual accounts.",
		"Spending on asylum support has risen {asylum_cost:c+} in two years.",
		"Hotels alone are costing the taxpayer {hotel_day:n} a day.",
		"The Home Office spent {hotel_year:n} on hotel accommodation in {fy}.",
		"The backlog has been cut by {backlog:c-} since its peak.",
		"Asylum applications rose to {claims:h} in the year, the highest total for two decades.",
		"A further {backlog:n} people are still waiting for their cases to be heard on appeal.",
		"Total asylum spending is forecast to reach {asylum_cost:h} by the end of the decade.",
		"Ministers have vowed to end the {hotel_day:n}-a-day hotel bill before the next election.",
		"{claims:o} asylum claims now comes from someone who first arrived on a visa.",
	},
	"rwanda": {
		"The UK paid Rwanda {rwanda_pay:n} under the migration and economic development partnership.",
		"Of that, {rwanda_pay:n} was handed over before a single flight had taken off.",
		"Only {rwanda_rel:w} people were relocated to Rwanda, all of whom went voluntarily.",
		"The scheme's total cost, including legal fees and detention, was put at {rwanda_total:n}.",
		"The Supreme Court ruled the policy unlawful in {year}.",
		"Auditors found that {rwanda_total:h} had been committed to the scheme in total.",
		"A further {rwanda_pay:n} was due to be paid over the following three years.",
		"The spending watchdog said the Government had paid Kigali {rwanda_pay:n} in {fy}.",
	},
}

var speeches = map[string][]string{
	"": {
		"{minister} said: “We will not allow criminal gangs to decide who comes to this country. We are going after them in every way we can.”",
		"In a statement, {spokes} said: “We have made the changes needed to restore order to the system, and today’s figures show it is working.”",
		"‘We are seeing families arrive with nothing,’ said {charity}. ‘Some of them have been travelling for months.’",
		"{shadow} said: \"This is a government that talks tough and delivers nothing. People can see it with their own eyes.\"",
		"{academic}, said: “The headline numbers hide a lot of churn. People arrive and leave far more often than the debate assumes.”",
	},
	"boats": {
		"“Every one of these crossings puts lives at risk,” said {minister}. “We have already returned {returns:h} people who had no right to be here.”",
		"{shadow} said: “This government has lost control of our borders. Arrivals are up {boats_year:c+} and they have no plan to stop them.”",
		"“The numbers speak for themselves,” {spokes} said. “Small boat arrivals are down {boats_year:c-} and we are removing more people than at any time since {year}.”",
		"Speaking in {place}, {minister} said: “{boats_day:n} people came across yesterday. That is unacceptable, and the smugglers should know we are coming for them.”",
		"{charity}, said: “Nobody gets into a flimsy dinghy unless they feel they have no other choice. We need safe routes, not more fences.”",
	},
	"net": {
		"{academic}, said: “The fall in net migration to {net:n} is largely explained by fewer students bringing dependants. It would be a mistake to read too much into a single quarter.”",
		"{minister} said: “Net migration has come down by {net:c-}, and we intend to bring it down further.”",
		"{shadow} said: “Even now, {immig:m} people came here in a single year. That is not what voters were promised.”",
		"“Employers in social care are already struggling to fill vacancies,” said {charity}. “Cutting visas without a plan for the workforce is reckless.”",
	},
	"asylum": {
		"{minister} said: “We inherited a backlog of {backlog:n} claims and an asylum system that was costing the taxpayer {hotel_day:n} a day. We are fixing that.”",
		"{charity}, said: “Behind every one of these numbers is a person fleeing war or persecution. Most of the {claims:n} people who applied last year will be recognised as refugees.”",
		"{spokes} said: “We are spending {asylum_cost:n} a year on a broken system, and that cannot go on.”",
		"{shadow} told the Commons: “The hotels were meant to be a stopgap. Years later we are still spending {hotel_year:n} on them.”",
	},
	"rwanda": {
		"{shadow} told MPs: “The Rwanda scheme swallowed {rwanda_pay:n} of public money and sent {rwanda_rel:w} people.”",
		"{minister} said: “We will not be asking for the money back. That chapter is closed, and we are getting on with the job.”",
		"“It was a gimmick from start to finish,” said {academic}. “It cost {rwanda_total:n} and deterred almost nobody.”",
	},
}

var contexts = []string{
	"The figures were published by the Home Office on {date}.",
	"The latest crossings took place shortly after {time} on {weekday}, when conditions in the Strait of Dover were calm.",
	"A boy {aged} was among those brought ashore, according to witnesses.",
	"The {yo} was later taken to hospital as a precaution.",
	"Under {section} of the {act}, the Home Secretary has a duty to arrange the removal of people who arrive without permission.",
	"Hotels were first used on a large scale during the {covid} pandemic, when other accommodation was unavailable.",
	"The department has faced criticism from MPs on the Home Affairs Committee since at least {year}.",
	"The Channel is about {miles} wide at its narrowest point.",
	"Ministers have promised to publish a new immigration white paper within {days}.",
	"Lawyers argued that removal would breach {article} of the European Convention on Human Rights.",
	"Officers were called to the site at {time} and remained there until the early hours.",
	"The inquiry is expected to report in {year}.",
	"MPs are due to debate the bill on {daymonth}.",
	"He first came to Britain in {year} on a student visa and later overstayed.",
	"The hearing at {court} was adjourned until {daymonth}.",
	"The statistics cover the {fy} financial year.",
	"Protesters gathered outside a hotel in {town} on {weekday} evening.",
	"The man, {aged} at the time, told the court he had paid smugglers in cash.",
	"The committee will take evidence from officials on {date} at {time}.",
	"A woman in her thirties was treated for hypothermia at the scene.",
	"The Home Office has been approached for comment.",
	"The policy was first set out in a speech in {year}.",
}

var captions = []string{
	"Migrants are brought ashore at {place} by Border Force officers",
	"A dinghy packed with people leaves the beach at {fplace}",
	"{minister_name} visited the Kent coast on {date}",
	"{boats_day:n} people were picked up on {weekday}",
	"Protesters gathered outside a hotel housing asylum seekers in {town}",
	"A Border Force cutter returns to {place} harbour",
	"Life jackets piled up at the processing centre at Manston",
}

var readMores = []string{
	"Ministers draw up plans to reopen former army bases",
	"French police to patrol beaches with drones",
	"Inside the hotel at the centre of a row over asylum housing",
	"Smuggling gang jailed after undercover police operation",
	"What the new visa rules mean for care homes",
	"Home Secretary under fire over processing delays",
	"The town that doubled in size in a decade",
}

var closers = []string{
	"The Home Office has been approached for comment.",
	"Have you been affected by the issues in this story? Email newsdesk@news.example or call {phone}.",
	"Anyone with information about people smuggling can call the confidential line on {phone}.",
	"The next quarterly figures are due to be published on {daymonth}.",
	"This article was amended on {date} to correct a figure.",
	"For free advice on asylum support, call {phone}, open weekdays from 9am to 5pm.",
}
