package main

import "strconv"

func showErr(err error) {
	if err == nil {
		println("ok")
		return
	}
	println(err.Error())
}

func main() {
	println(strconv.Itoa(-12345), strconv.FormatInt(255, 16), strconv.FormatInt(-255, 2), strconv.FormatUint(18446744073709551615, 36))
	n, err := strconv.Atoi("  42")
	println(n)
	showErr(err)
	n, err = strconv.Atoi("-9000")
	println(n)
	showErr(err)
	i, err := strconv.ParseInt("9223372036854775808", 10, 64)
	println(i)
	showErr(err)
	i, err = strconv.ParseInt("-0x_1F", 0, 64)
	println(i)
	showErr(err)
	i, err = strconv.ParseInt("300", 10, 8)
	println(i)
	showErr(err)
	u, err := strconv.ParseUint("0b1011", 0, 8)
	println(u)
	showErr(err)
	u, err = strconv.ParseUint("-1", 10, 64)
	println(u)
	showErr(err)
	_, err = strconv.ParseInt("12", 99, 64)
	showErr(err)
	_, err = strconv.ParseInt("12", 10, 65)
	showErr(err)
	if ne, ok := err.(*strconv.NumError); ok {
		println(ne.Func, ne.Num)
	}
	_, err = strconv.Atoi("99999999999999999999")
	ne := err.(*strconv.NumError)
	println(ne.Err == strconv.ErrRange, ne.Unwrap() == strconv.ErrRange)
	b, err := strconv.ParseBool("True")
	println(b)
	showErr(err)
	b, err = strconv.ParseBool("yes")
	println(b)
	showErr(err)
	println(strconv.FormatBool(true), string(strconv.AppendBool([]byte("b="), false)), string(strconv.AppendInt([]byte("n="), -7, 10)))

	println(strconv.Quote("Hello, 世界\n\t\"q\" \x00\xff\u2028"), strconv.QuoteToASCII("café ☺"), strconv.QuoteRune('☺'), strconv.QuoteRune('\n'))
	println(string(strconv.AppendQuote([]byte("q:"), `back\slash`)), strconv.QuoteRuneToASCII('é'), strconv.CanBackquote("a`b"), strconv.CanBackquote("plain"))
	for _, lit := range []string{`"a\tb\u00e9\x41"`, "`raw\\n`", `'x'`, `'\''`, `"unterminated`, `'ab'`, `"\400"`} {
		s, err := strconv.Unquote(lit)
		print(lit, " => [", s, "] ")
		showErr(err)
	}
	v, mb, tail, err := strconv.UnquoteChar(`\u263a rest`, '"')
	println(v, mb, tail)
	showErr(err)

	for _, f := range []float64{0, 1, -2.5, 0.1, 1.0 / 3, 1e21, 1e-7, 123456789.125, 6.02214076e23, 5e-324, 1.7976931348623157e308} {
		println(strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(f, 'e', 3, 64), strconv.FormatFloat(f, 'f', -1, 64),
			strconv.FormatFloat(f, 'G', 4, 64), strconv.FormatFloat(f, 'E', -1, 32), strconv.FormatFloat(f, 'b', -1, 64))
	}
	println(strconv.FormatFloat(2.5, 'f', 0, 64), strconv.FormatFloat(3.5, 'f', 0, 64), strconv.FormatFloat(1.005, 'f', 2, 64), strconv.FormatFloat(0.1, 'f', 20, 64))
	for _, s := range []string{"3.14159", "-0", "1e308", "1e309", "-1e-400", "0x1.8p1", "1_000.5", "inf", "-Infinity", "NaN", "1.5x", "", ".5", "5.", "4.9e-324", "3.4028235e38"} {
		f, err := strconv.ParseFloat(s, 64)
		g, err32 := strconv.ParseFloat(s, 32)
		print(s, " => ", strconv.FormatFloat(f, 'g', -1, 64), " ", strconv.FormatFloat(g, 'g', -1, 32), " ")
		showErr(err)
		if err32 != nil {
			println("  32:", err32.Error())
		}
	}
}
