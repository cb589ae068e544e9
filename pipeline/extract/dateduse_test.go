package extract

import "testing"

// A year that dates a law, a set of rules or a scheme ("the 2029 rules",
// "the 2028 Act's powers", "under the 2027 scheme") is not the period of the
// figures near it; a year that is the figure's ("in 2029", "the 2029
// total", "2029's figure") still is.
func TestYearOfALawIsNoPeriod(t *testing.T) {
	checkPeriods(t, []periodCase{
		{"Under the 2029 rules, 71,000 care worker visas were refused.", "71,000", "", ""},
		{"The 2028 Act's powers were used to hold 3,150 people at the border.", "3,150", "", ""},
		{"Some 6,400 families were housed under the 2027 scheme.", "Some 6,400", "", ""},
		{"The 2030 Border Security and Asylum Act has cost £310 million.", "£310 million", "", ""},
		{"Under the Border Control Act 2029, 1,870 people were detained.", "1,870", "", ""},
		{"Student visas fell to 388,000 in 2030, after the 2029 rules took effect.", "388,000", "2030-01-01", "2030-12-31"},
		{"In 2030, 388,000 student visas were granted.", "388,000", "2030-01-01", "2030-12-31"},
		{"In 2030 rules were tightened, and 388,000 student visas were granted.", "388,000", "2030-01-01", "2030-12-31"},
		{"The 2030 total was 388,000 student visas.", "388,000", "2030-01-01", "2030-12-31"},
		{"2029's figure was 388,000 student visas.", "388,000", "2029-01-01", "2029-12-31"},
	})
}

// When an estimate was revised (a month, a day, "last week" after the verb
// or the revision's amount, or opening a sentence whose verb is the
// revision) is not the period the figure is of; a year after the figure,
// and a figure's own period, still are.
func TestRevisionDateIsNoPeriod(t *testing.T) {
	checkPeriods(t, []periodCase{
		{"Net migration peaked in the year ending March 2029, at 812,000, a figure that was later revised up by 64,000 in August 2030.", "64,000", "2028-04-01", "2029-03-31"},
		{"Net migration for the year to June 2029 was revised in May 2030 to 774,000.", "774,000", "2028-07-01", "2029-06-30"},
		{"Net migration for the year to June 2029 was revised to 774,000 in May 2030.", "774,000", "2028-07-01", "2029-06-30"},
		{"The statisticians revised their estimate for 2029 down by 21,000 in October.", "21,000", "2029-01-01", "2029-12-31"},
		{"In May 2030 the statisticians revised the estimate to 774,000.", "774,000", "", ""},
		{"Emigration was revised to 512,000 for 2029.", "512,000", "2029-01-01", "2029-12-31"},
		{"Asylum claims reached 9,400 in May 2030, before the series was revised.", "9,400", "2030-05-01", "2030-05-31"},
		{"The statisticians said in October that the backlog of claims awaiting review is 6,100 in October.", "6,100", "2031-10-01", "2031-10-31"},
	})
}
