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
