package patterns

// validSSN applies the SSA's rules to "AAA-GG-SSSS", "AAA GG SSSS" or
// "AAAGGSSSS": the area is not 000, 666 or 900-999, the group is not 00 and
// the serial is not 0000.
func validSSN(v string) bool {
	var d [9]int
	n := 0
	for i := 0; i < len(v); i++ {
		if isDigit(v[i]) {
			if n == 9 {
				return false
			}
			d[n] = int(v[i] - '0')
			n++
		}
	}
	if n != 9 {
		return false
	}
	area := d[0]*100 + d[1]*10 + d[2]
	group := d[3]*10 + d[4]
	serial := d[5]*1000 + d[6]*100 + d[7]*10 + d[8]
	return area != 0 && area != 666 && area < 900 && group != 0 && serial != 0
}
