package extract

import (
	"testing"
	"time"
)

// Which place a figure is about. The documents are our own; the rules come
// from the contract ("geography: place the figure is about"): the place its
// sentence names, not where people came from nor the partner country a
// policy is named after; when the sentence names none, the part of the UK
// the document is about, for measures that count within it, else the
// measure's own place.
func TestGeography(t *testing.T) {
	x, err := New(WithoutMeasureModel())
	if err != nil {
		t.Fatal(err)
	}
	type want struct{ quote, geography string }
	cases := []struct {
		name string
		text string
		want []want
	}{
		{"metropolitan counties and more shire areas are places; a university's city and a landing on the coast are not (a sentence naming none is the story's)",
			"Housing pressure\n\nIn Greater Manchester 4,300 asylum seekers are in hotels, and Merseyside has 2,100. Dorset council housed 96 families. The University of Oxford said 300 students left. About 500 people were brought ashore in Kent. The US admitted 100,000 refugees.",
			[]want{{"4,300", "Greater Manchester"}, {"2,100", "Merseyside"}, {"96", "Dorset"}, {"300", "Greater Manchester"}, {"About 500", "United Kingdom"}, {"100,000", "United States"}}},
		{"a county's own figures are the county's, but crossings that landed there are the UK's",
			"Kent County Council cared for 610 unaccompanied children in March, and Kent spent £38m on their care. On Saturday 740 people crossed the Channel and landed in Kent, and the boats that brought them numbered 12.",
			[]want{{"610", "Kent"}, {"£38m", "Kent"}, {"740", "United Kingdom"}, {"12", "United Kingdom"}}},
		{"a local story that names its county six times is about the county where a sentence names no place",
			"Settled status in Cornwall\n\nCornwall's EU citizens still apply. Advisers in Cornwall say Cornwall's farms rely on them, and Cornwall's hotels too.\n\nSome 4,210 applications were late, Home Office figures show.\n\nA charity in Cornwall helps. Cornwall Council is worried.",
			[]want{{"Some 4,210", "Cornwall"}}},
		{"a sentence on \"the city\" is the lexicon's town the story names most, not a district it names in passing (\"Stoke\" is Stoke-on-Trent)",
			"Dispersal in the Potteries\n\nStoke-on-Trent housed 1,480 asylum seekers in June. The rate in Stoke is the region's highest, and Stoke has two hotels.\n\nThe figures put the city's total 160 higher than a year before.\n\nVolunteers in Longton say many live in Longton, and a drop-in in Longton helps. Leaders in Stoke want money, Stoke-on-Trent MPs agree, and Stoke will ask again.",
			[]want{{"1,480", "Stoke-on-Trent"}, {"160", "Stoke-on-Trent"}}},
		{"a site people are held at is the place of its own figures, but crossings that land at a port are the UK's",
			"Wethersfield housed 840 men in June, the Home Office said, and the Manston site has room for 1,600 people. On the same day 410 people crossed the Channel and were brought into Dover.",
			[]want{{"840", "Wethersfield"}, {"1,600", "Manston"}, {"410", "United Kingdom"}}},
		{"a place in another cell of a row, with a figure of its own, is that cell's",
			"Asylum seekers housed, by council\nLeeds 1,240 | Calderdale 610 | Sheffield 980\n\nNet migration by region\nLeeds | 1,515 | 1,720",
			[]want{{"1,240", "Leeds"}, {"610", "Calderdale"}, {"980", "Sheffield"}, {"1,515", "Leeds"}, {"1,720", "Leeds"}}},
		{"a story on Scottish councils is about Scotland, though its adjective makes no sentence about it",
			"Councils count the cost\n\nScottish councils face a £6.1m shortfall on refugee housing, a survey found.\n\nThe money from the UK Government falls short, council leaders said.\n\nThe councils took in 1,020 people last year, up from 870.\n\nThe Home Office pays £20,520 for each refugee.\n\nLeaders want more help. They met ministers on Monday.\n\nAcross Scotland 4,900 have come since 2015, and Scottish towns have welcomed them.\n\nThe Scottish Government gave £2m to Dundee.",
			[]want{{"£6.1m", "Scotland"}, {"1,020", "Scotland"}, {"870", "Scotland"}, {"£20,520", "Scotland"}, {"4,900", "Scotland"}, {"£2m", "Dundee"}}},
		{"asylum spending, claims and grants in a story on one part of the UK are that part's",
			"Asylum bill in Northern Ireland climbs\n\nThe Department for Communities in Northern Ireland said hotels were still used across Northern Ireland.\n\nAccommodating asylum seekers cost £38.2m last year, and 2,140 people claimed asylum.\n\nNorthern Ireland's councils want more say.",
			[]want{{"£38.2m", "Northern Ireland"}, {"2,140", "Northern Ireland"}}},
		{"a body whose figures cover England alone stands for England",
			"Care staff shortage deepens\n\nSkills for Care said 121,000 posts were vacant in adult social care last year. The housing ministry is giving councils £850m this year. Across the UK, 2,300 care workers arrived on visas.",
			[]want{{"121,000", "England"}, {"£850m", "England"}, {"2,300", "United Kingdom"}}},
		{"a story whose headline and opening name England and Wales is about it, though the UK is named as often later",
			"Population growth slows in England and Wales\n\nEngland and Wales gained 441,300 residents in the year to mid-2031, the ONS said.\n\nThe combined population reached 63,200,400.\n\nThere were 581,000 births and 569,700 deaths.\n\nMoves within the UK took away 3,900 people, and more people from outside the UK arrived. Some left the UK for good.",
			[]want{{"441,300", "England and Wales"}, {"63,200,400", "England and Wales"}, {"581,000", "England and Wales"}, {"569,700", "England and Wales"}}},
		{"a prison place is England and Wales's, but does not make the story about England and Wales",
			"Foreign offenders\n\nThe Home Office removed 5,100 foreign offenders last year. Each prison place costs £54,000 a year. Another 19,000 offenders are awaiting removal.",
			[]want{{"5,100", "United Kingdom"}, {"£54,000", "England and Wales"}, {"19,000", "United Kingdom"}}},
		{"a story that names a city twice as often as Scotland is the city's, for figures of none of the vocabulary's measures",
			"Glasgow shelters strain\n\nGlasgow council says the city's homeless service is full. Glasgow now houses more refugees than anywhere in Scotland.\n\nOfficers placed 1,240 households in bed and breakfasts last year. In Glasgow the bill reached £9.1m.\n\nAcross Scotland the picture is mixed, council leaders in Glasgow said.",
			[]want{{"1,240", "Glasgow"}}},
		{"a story that names a city again and again and the UK once is about the city",
			"Leeds scheme finds jobs for refugees\n\nA Leeds charity has placed 214 refugees in work since April, its director said.\n\nMost found jobs in Leeds warehouses and care homes, and 38 per cent were women.\n\nThe Leeds programme is the largest of its kind in the UK. Leeds councillors want it extended across the city.\n\nIt has cost £1.1m.",
			[]want{{"214", "Leeds"}, {"38 per cent", "Leeds"}, {"£1.1m", "Leeds"}}},
		{"a town whose name opens a longer, hyphenated one is not that town",
			"Newcastle-under-Lyme took 212 asylum seekers last year. Bradford-on-Avon housed 40 Ukrainians.",
			[]want{{"212", ""}, {"40", ""}}},
		{"a place in a clause after the figure's is that clause's, not the figure's",
			"Falkirk grew fastest, up 1.4%, while Argyll and Bute shrank by 0.6%. Dundee's population rose to 150,200, and Perth and Kinross gained 900 people. Across the UK, the population grew by 0.7%, with Wales up 0.4%.",
			[]want{{"1.4%", "Falkirk"}, {"0.6%", "Argyll and Bute"}, {"150,200", "Dundee"}, {"900", "Perth and Kinross"}, {"0.7%", "United Kingdom"}, {"0.4%", "Wales"}}},
		{"a place after 'and' that the next figure joins without its verb ('and Wales's by 0.5%') is that figure's",
			"Scotland's population rose by 0.2% and Wales's by 0.5%. Fife grew by 0.1%, and Falkirk at 0.3%.",
			[]want{{"0.2%", "Scotland"}, {"0.5%", "Wales"}, {"0.1%", "Fife"}, {"0.3%", "Falkirk"}}},
		{"a figure followed by 'in' and a place is that place's, though another place stands just before it",
			"Of the 29,500 in hotels, 1,020 were in Scotland, 740 in Wales and 380 people in Northern Ireland.",
			[]want{{"1,020", "Scotland"}, {"740", "Wales"}, {"380", "Northern Ireland"}}},
		{"a local council's figures are about its area, by the name the text gives",
			"A report by Marsden Vale Metropolitan Borough Council says the hotel has cost it £840,000 since 2024.\n\nThe Home Office paid it £310,000, so the council is £530,000 out of pocket.\n\nIn Thornby, the council spent £95,000. The Refugee Council said 2,300 people were helped across the UK. DUNHOLM District Council has spent £1.1m.",
			[]want{{"£840,000", "Marsden Vale"}, {"£310,000", "Marsden Vale"}, {"£530,000", "Marsden Vale"}, {"£95,000", "Thornby"}, {"2,300", "United Kingdom"}, {"£1.1m", "Dunholm"}}},
		{"a town the lexicon does not know, where the sentence names it or speaks of the town",
			"Asylum housing in Ashcombe Vale\n\nThe number of asylum seekers placed in Ashcombe Vale rose to 430 this year, the borough council said.\n\nAcross the town, 96 of them are in the Fernside Hotel on Mill Road.\n\nNationally, the Home Office pays £3,500 for each bed found.\n\nTownsfolk in Ashcombe Vale said the figures were no surprise.",
			[]want{{"430", "Ashcombe Vale"}, {"96", "Ashcombe Vale"}, {"£3,500", "United Kingdom"}}},
		{"a city the lexicon does not know, where the sentence speaks of the city",
			"Housing pressures in Marlowby\n\nMarlowby City Council said 520 refugee households asked it for help this year.\n\nThe city's housing register now holds 11,300 households, and the city has found 140 new homes.\n\nCouncillors in Marlowby said the figures were stark. Officers in Marlowby agreed.",
			[]want{{"520", "Marlowby"}, {"11,300", "Marlowby"}, {"140", "Marlowby"}}},
		{"London as the British government, paired with Paris or paying, is the United Kingdom",
			"Talks between Paris and London stall\n\nUnder the 2031 deal, London promised £410m for beach patrols. Meanwhile 3,100 people sleep rough in London, a charity said.",
			[]want{{"£410m", "United Kingdom"}, {"3,100", "London"}}},
		{"a story whose figures are said three times to be of England and Wales is about England and Wales",
			"Court fees soar\n\nFees rose again.\n\nLawyers were angry.\n\nThe Home Office declined to comment.\n\nJudges agreed.\n\nSo did clerks.\n\nAnd ushers.\n\nAnd the public.\n\nCourts in England and Wales took £310m. Tribunals in England and Wales heard more. Firms in England and Wales closed.\n\nSome 4,100 appeals were lodged.",
			[]want{{"£310m", "England and Wales"}, {"Some 4,100", "England and Wales"}}},
		{"a capital letter is no town's name, and a national council is no local one",
			"Families stuck in B&B\n\nThe town's council said 120 people were in B&B rooms, and in B&B hotels 40 more. Across the town, in B&B annexes, 12 waited.\n\nThe Nursing and Midwifery Council said 9,000 nurses left. The Nursing and Midwifery Council and the Nursing and Midwifery Council's staff agreed.",
			[]want{{"120", ""}, {"40", ""}, {"12", ""}, {"9,000", ""}}},
		{"a section's name over a headline that opens with 'Council' is no council",
			"News | Regional | Opinion\n\nCouncil tax set to rise as asylum bill grows\n\nSome 340 people in the town wait for a decision, the council said.",
			[]want{{"Some 340", ""}}},
		{"the first word of a body's name is no town",
			"Rents soar\n\nIn Home Office housing across the town, 340 people wait for a decision.\n\nThe Home Office said the town's share was fair. The Home Office pays the rent, and the Home Office pays the bills.",
			[]want{{"340", "United Kingdom"}}},
		{"a body's initials are no town, but a story that cites NISRA again and again is Northern Ireland's",
			"Fewer babies\n\nThe births were the fewest in NISRA's series, at 20,400 across the town. NISRA's figures were published on Monday, and NISRA's chief said so.",
			[]want{{"20,400", "Northern Ireland"}}},
		{"a body names its place, unless the sentence speaks of a town",
			"Dundee grows again\n\nDundee is growing. NRS counted 46,100 births last year. NRS put the city's population at 150,390, and Dundee council welcomed it. Dundee last grew this fast in 1971.",
			[]want{{"46,100", "Scotland"}, {"150,390", "Dundee"}}},
		{"a business council is no local authority",
			"Firms sign up\n\nThe Greywater Business Council said 610 firms in the town had signed, and the Greywater Business Council and the Greywater Business Council's members agreed.",
			[]want{{"610", ""}}},
		{"an English county that a story calls 'the county', and a Northern Irish council area",
			"Dispersal grows in Warwickshire\n\nWarwickshire now houses 1,460 asylum seekers, the county council said.\n\nAcross the county, 38 homes were leased this year. Officials in Warwickshire expect more.\n\nIn Northern Ireland, Mid Ulster grew by 1.3%, the fastest of the 11 council areas.",
			[]want{{"1,460", "Warwickshire"}, {"38", "Warwickshire"}, {"1.3%", "Mid Ulster"}}},
		{"a local story about a town of the lexicon, which names a county with a code less often, is about the town",
			"Sunderland takes more than North Yorkshire\n\nSunderland houses more asylum seekers than North Yorkshire, Home Office figures show.\n\nSome 240 children are among them, the city council said. Volunteers found 60 more homes this year.\n\nSunderland's MP welcomed it, and Sunderland's mayor agreed. North Yorkshire took 310.",
			[]want{{"Some 240", "Sunderland"}, {"60", "Sunderland"}, {"310", "North Yorkshire"}}},
		{"the Republic and Dublin are Ireland, not the Dublin regulation",
			"Claims fall south of the border\n\nApplications for protection in the Republic fell by a fifth to 14,200, and Dublin says 3,100 came over the border. Under the old Dublin regulation, 410 people were sent back.",
			[]want{{"a fifth", "Ireland"}, {"14,200", "Ireland"}, {"3,100", "Ireland"}, {"410", "United Kingdom"}}},
		{"Yorkshire is its region, and North Yorkshire its county",
			"Councils across Yorkshire spent £41.6m on asylum support. North Yorkshire took only 85 people.",
			[]want{{"£41.6m", "Yorkshire and The Humber"}, {"85", "North Yorkshire"}}},
		{"a story that sets two regions side by side is about neither",
			"The North West overtakes London\n\nThe North West had 44 asylum hotels in use, more than London's 40, Home Office figures show.\n\nSome 210 hotels were in use, down from 390.\n\nIn the North West, 12 closed.",
			[]want{{"44", "North West"}, {"Some 210", "United Kingdom"}, {"390", "United Kingdom"}, {"12", "North West"}}},
		{"the English regions by their short names, and 'nationally' as the United Kingdom",
			"Hotels close across the North East\n\nTwo hotels in the North East will shut, leaving 310 people to be moved. Nationally, 19,900 people were in hotels in June.",
			[]want{{"310", "North East"}, {"19,900", "United Kingdom"}}},
		{"returns under a deal with the country a story says they go to are about it",
			"Returns pilot\n\nBy March, 2,310 people had been sent back to France under the pilot.\n\nThat is about one in 20 of those who crossed, and ministers want the deal to send back 80 a week.\n\nIn all, 37,400 people were returned in 2030.",
			[]want{{"2,310", "France"}, {"about one in 20", "France"}, {"80", "France"}, {"37,400", "United Kingdom"}}},
		{"the French coast's towns are in France",
			"Officers prevented 180 people from boarding dinghies between Gravelines and Wimereux overnight.",
			[]want{{"180", "France"}}},
		{"NI is Northern Ireland",
			"Sperrin News\n\nHome | NI | Politics\n\nNI population tops 1.95m\n\nPublished 25 June 2031\n\nBy a data reporter\n\nShare\n\nA street in Belfast. Image: Getty\n\nThe figures came out on Thursday.\n\nBirths fell to 19,800.",
			[]want{{"tops 1.95m", "Northern Ireland"}, {"19,800", "Northern Ireland"}}},
		{"the English regions have their GSS codes",
			"In Yorkshire and the Humber, 2,140 people were in hotels, against 1,760 in the East Midlands.",
			[]want{{"2,140", "Yorkshire and The Humber"}, {"1,760", "East Midlands"}}},
		{"a piece on Wales is about Wales where a sentence names no place",
			"Wales grows on migration\n\nThe population of Wales rose again last year, figures show.\n\nNet migration added 21,400 people.",
			[]want{{"21,400", "Wales"}}},
		{"a nation named only late in a UK piece is not what the piece is about",
			"Net migration halves\n\nThe ONS published its figures this morning.\n\nNet migration was 183,000 in 2025.\n\nImmigration fell to 812,000.\n\nEmigration rose to 629,000.\n\nThe Home Secretary spoke at 11am.\n\nMPs asked questions for an hour.\n\nThe opposition said the fall was not enough.\n\nThe SNP said Scotland needed more people, and that Scotland's councils agreed; Scotland, it said, was shrinking.\n\nNet migration of 183,000 is the lowest since 2012.",
			[]want{{"183,000", "United Kingdom"}, {"812,000", "United Kingdom"}, {"629,000", "United Kingdom"}, {"183,000", "United Kingdom"}}},
		{"countries that take in asylum seekers or British emigrants",
			"Belgium received about 31,000 asylum applications last year. Some 910,000 people born in the UK live in Australia.",
			[]want{{"about 31,000", "Belgium"}, {"Some 910,000", "Australia"}}},
		{"a place right before the next figure is that figure's",
			"Scotland gained 8,100 people from the rest of the UK, while England had a net loss of 13,200 and Northern Ireland 1,300.",
			[]want{{"8,100", "Scotland"}, {"13,200", "England"}, {"1,300", "Northern Ireland"}}},
		{"the place the sentence names",
			"Net migration to Scotland was 38,000 in the year to mid-2025.",
			[]want{{"38,000", "Scotland"}}},
		{"nationals of a place are not about it",
			"EU nationals accounted for 58,000 of the arrivals counted by the ONS for the UK.",
			[]want{{"58,000", "United Kingdom"}}},
		{"a place followed by -born is where people came from",
			"Some 240,000 France-born residents were counted in the last census of Britain.",
			[]want{{"Some 240,000", "United Kingdom"}}},
		{"a policy named after its partner country",
			"Since the Rwanda scheme was announced, 52,300 people have been detected crossing in small boats.",
			[]want{{"52,300", "United Kingdom"}}},
		{"both places of a hyphened agreement name it",
			"Under the UK-France agreement, 640 people have now been sent back to France.",
			[]want{{"640", "France"}}},
		{"relocations to Rwanda are the UK's",
			"Only four people were ever relocated to Rwanda under the partnership.",
			[]want{{"four", "United Kingdom"}}},
		{"a council named in a sentence with no figure is the one the council after it is",
			"More refugees are turning to Brackwater City Council for help after leaving asylum hotels.\n\nThe council spent £2.6m on emergency rooms last year.",
			[]want{{"£2.6m", "Brackwater"}}},
		{"a local area the sentence names, written with a capital, is the figure's place, without a code",
			"Asylum support rose across the north. Gateshead was supporting 710 people, and Newcastle 1,380.\n\nA newcastle of 40 people is no place.",
			[]want{{"710", "Gateshead"}, {"1,380", "Newcastle upon Tyne"}, {"40", ""}}},
		{"a local area is not the place of a share",
			"There were 5,020 asylum seekers on support in Scotland, three in four of them in Glasgow.",
			[]want{{"5,020", "Scotland"}, {"three in four", "Scotland"}}},
		{"a local area is not the place of a figure said on a visit there",
			"Speaking during a visit to Bolton, the Home Secretary said 190 people had been returned that week.",
			[]want{{"190", "United Kingdom"}}},
		{"net EU migration is the UK's; UK net migration still is",
			"Net EU migration was minus 63,000, and EU immigration was 70,000. UK net migration was 201,000.",
			[]want{{"minus 63,000", "United Kingdom"}, {"70,000", "United Kingdom"}, {"201,000", "United Kingdom"}}},
		{"a sum paid to another country is spending of the country that pays",
			"Britain agreed to pay France £470m over three years for extra patrols on the beaches.",
			[]want{{"£470m", "United Kingdom"}}},
		{"returns are about the country people are returned to; French police's figures are France's",
			"Britain has returned 1,730 people to France under the pilot.\n\nFrench police say they stopped 16,200 people from setting off this year.",
			[]want{{"1,730", "France"}, {"16,200", "France"}}},
		{"places a document names as elsewhere do not make it about them",
			"Northern Ireland's population grew again. People arriving from outside the UK drove it, and others left for places beyond the UK.\n\nThe statistics agency said the number of people living here rose by 6,900 in the year.",
			[]want{{"6,900", "Northern Ireland"}}},
		{"a place in the name of a body does not make a document about it",
			"Emigration from the UK rose to 640,000. The UK figure comes from the ONS.\n\nScotland\n\nNational Records of Scotland publishes its own figures. Its statistics for Scotland come out in the summer. National Records of Scotland said they would be revised.\n\nOf the emigrants, 41% were non-EU nationals.",
			[]want{{"640,000", "United Kingdom"}, {"41%", "United Kingdom"}}},
		{"a figure with no place in a piece about one part of the UK",
			"Scotland's councils housed more asylum seekers last year.\n\nScotland's population estimate was revised this week.\n\nThe number housed in hotels fell to 1,240 in March.",
			[]want{{"1,240", "Scotland"}}},
		{"a measure that counts within the part of the UK the piece is about",
			"Wales grew faster than expected, officials in Wales said.\n\nNet migration was 19,200 in the year to June, the statisticians added.",
			[]want{{"19,200", "Wales"}}},
		{"one mention of a part of the UK does not outweigh the measure's own place",
			"The ONS changed its methods for England and Wales this year.\n\nNet migration was 204,000 in the year to June.",
			[]want{{"204,000", "United Kingdom"}}},
		{"a place after another figure is that figure's",
			"Wales is older than its neighbour, the census for Wales shows.\n\nHere 22.3% are 65 or over, against 18.8% in England.",
			[]want{{"22.3%", "Wales"}, {"18.8%", "England"}}},
		{"a possessive of a place ending in s is the place",
			"The ONS published its estimates today.\n\nWales's population rose by 0.5% in the year.",
			[]want{{"0.5%", "Wales"}}},
		{"a figure of no place in a story on a town the lexicon does not know is the town's",
			"Hotels in Brackwater\n\nTwo hotels in Brackwater still house asylum seekers, the borough council said.\n\nOne of them has 140 rooms. Volunteers in Brackwater said 75 people came to the drop-in last week.",
			[]want{{"140", "Brackwater"}, {"75", "Brackwater"}}},
		{"a sentence that speaks of the city, in a story on a city of the lexicon, is about that city",
			"Glasgow's asylum bill\n\nGlasgow houses more asylum seekers than any other council in Scotland. Officials in Glasgow said costs were rising.\n\nThe city received 2,900 applications last year. Across Scotland the total was 5,100. Glasgow asked for help.",
			[]want{{"2,900", "Glasgow"}, {"5,100", "Scotland"}}},
		{"where people left for is not what the count is about",
			"Northern Ireland: moves across the Irish Sea\n\nNorthern Ireland's population grew again, NISRA said. About 9,800 people left for England, Scotland and Wales, while 9,100 made the reverse journey.",
			[]want{{"About 9,800", "Northern Ireland"}, {"9,100", "Northern Ireland"}}},
		{"a story that names a nation only late, and the UK too, is about the UK",
			"Campus finances\n\nUniversities are cutting courses. Vice-chancellors are worried. Fees are frozen. Costs are rising. Lecturers are striking. Students are anxious. Ministers are silent. Banks are wary.\n\nSome 42 institutions expect a deficit this year, with £3.1m in unpaid rent. Fees in England are capped, and England's regulator is watching. Britain's universities earn abroad.",
			[]want{{"Some 42", "United Kingdom"}, {"£3.1m", "United Kingdom"}}},
		{"a document that names no part of the UK but names the Home Office is about the UK",
			"Fact check: 300 hotels?\n\nThe Home Office said 212 hotels were in use at the end of March.",
			[]want{{"300", "United Kingdom"}, {"212", "United Kingdom"}}},
		{"a region named bare with its capitals is a table row's place, but does not make a story about it, nor does a lower-case compass phrase name it",
			"Asylum support by region\n\nBy Priya Dale, North West correspondent\n\nThe Home Office supports 106,000 people across the UK.\n\nRegion | People\nNorth West | 16,900\nSouth East | 8,850\n\nSome 300 more were housed in north west districts. Some 4,100 wait in North East Lincolnshire.",
			[]want{{"106,000", "United Kingdom"}, {"16,900", "North West"}, {"8,850", "South East"}, {"Some 300", "United Kingdom"}, {"Some 4,100", "North East Lincolnshire"}}},
		{"a local story is about its town though it speaks of the nation's government and councils as adjectives (\"the Scottish Government\"), which are no sign it is about the nation",
			"Dundee hotel bill rises\n\nDundee has more asylum seekers in hotels than a year ago, figures for Dundee show. The Scottish Government says Scottish councils share the load, and Scottish ministers back the dispersal scheme. Officials in Dundee said Scotland needs more homes. Dundee MPs agreed, as did MSPs across Scotland.\n\nSome 1,460 asylum seekers were living in hotels at the end of March, and asylum support spending reached £6.8m. Dundee wants more.",
			[]want{{"Some 1,460", "Dundee"}, {"£6.8m", "Dundee"}}},
		{"the Bank of England is a body, not England, though its name opens a headline or follows a label",
			"Bank of England holds rates as hiring cools\n\nThe Bank of England held interest rates at 4.25 per cent, with net migration of 190,000 a year now expected.\n\nSource: Bank of England",
			[]want{{"4.25 per cent", ""}, {"190,000", "United Kingdom"}}},
		{"the nations among a site's sections are not what a story is about",
			"The Millrace\n\nNews | UK | Politics | England | Wales | Scotland | Northern Ireland\n\nAsylum housing contracts to cost £16.1bn, auditors say\n\nThe National Audit Office said the contracts would cost £16.1bn over ten years. In Wales there were 2,980 people in asylum housing in March.",
			[]want{{"£16.1bn", "United Kingdom"}, {"2,980", "Wales"}}},
		{"an England and Wales story opens with it, though the site's navigation names England first",
			"Corbel News\n\nTop stories | UK | England | Wales | Politics\n\nPopulation growth in England and Wales slows as migration falls\n\nThe population of England and Wales grew by 512,300 in the year to mid-2025, the ONS said. England and Wales now has 62.1 million residents.\n\nThe figures for the UK as a whole come later. Across the UK, net migration fell. Statisticians said the UK trend was clear.\n\nBirths fell again, to 585,100.",
			[]want{{"585,100", "England and Wales"}}},
		{"a figure no place is known for stays null",
			"The charity said 410 volunteers had signed up in a week.",
			[]want{{"410", ""}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ms := x.Extract(tc.text, time.Date(2026, 7, 1, 0, 0, 0, 0, time.UTC))
			for _, w := range tc.want {
				found := false
				for _, m := range ms {
					if m.Quote != w.quote {
						continue
					}
					found = true
					if m.Geography != w.geography {
						t.Errorf("%q: geography %q, want %q (measure %s)", w.quote, m.Geography, w.geography, m.Measure)
					}
				}
				if !found {
					t.Errorf("%q not found in %+v", w.quote, ms)
				}
			}
		})
	}
}

// A local area is given by name, with no code: the lexicon has none for it.
func TestLocalAreaHasNoCode(t *testing.T) {
	x, err := New(WithoutMeasureModel())
	if err != nil {
		t.Fatal(err)
	}
	ms := x.Extract("Wrexham was housing 240 asylum seekers at the end of March.", time.Time{})
	if len(ms) != 1 || ms[0].Geography != "Wrexham" || ms[0].GeographyCode != "" {
		t.Fatalf("got %+v", ms)
	}
}

// What one document says of its town does not carry over to the next
// document read by the same extractor.
func TestLocalAreaIsPerDocument(t *testing.T) {
	x, err := New(WithoutMeasureModel())
	if err != nil {
		t.Fatal(err)
	}
	town := "Hotels in Brackwater\n\nTwo hotels in Brackwater still house asylum seekers, the borough council said.\n\nOne of them has 140 rooms. Volunteers in Brackwater said 75 people came to the drop-in last week."
	campus := "Campus finances\n\nUniversities are cutting courses. Vice-chancellors are worried. Fees are frozen. Costs are rising. Lecturers are striking. Students are anxious. Ministers are silent. Banks are wary.\n\nSome 42 institutions expect a deficit this year, with £3.1m in unpaid rent. Fees in England are capped, and England's regulator is watching. Britain's universities earn abroad."
	x.Extract(town, time.Time{})
	for _, m := range x.Extract(campus, time.Time{}) {
		if m.Quote == "£3.1m" && m.Geography != "United Kingdom" {
			t.Errorf("%q: geography %q after a story on a town, want United Kingdom", m.Quote, m.Geography)
		}
	}
}
