package main

import (
	"errors"
	"fmt"
	"time"
)

func main() {
	cases := [][2]string{
		{time.RFC3339, "2009-11-10T23:00:00Z"},
		{time.RFC3339, "2009-11-10T23:00:00+01:00"},
		{time.RFC3339Nano, "2009-11-10T23:00:00.123456789-08:00"},
		{time.RFC1123, "Tue, 10 Nov 2009 23:00:00 PST"},
		{time.UnixDate, "Tue Nov 10 23:00:00 UTC 2009"},
		{time.Kitchen, "3:04PM"},
		{"2006-01-02", "2024-02-29"},
		{"2006-01-02", "2023-02-29"},
		{"2006-01-02 15:04", "2023-01-02 25:00"},
		{"2006 002", "2020 366"},
		{"Jan _2 2006", "feb  3 2021"},
		{"15:04:05", "10:11:12.5"},
		{"2006-01-02", "2006-01-02 extra"},
		{"2006-01-02", "06-01-02"},
		{time.RFC822Z, "02 Jan 06 15:04 +0530"},
	}
	for _, c := range cases {
		t, err := time.Parse(c[0], c[1])
		if err != nil {
			fmt.Println("error:", err)
			var pe *time.ParseError
			fmt.Println(errors.As(err, &pe))
			continue
		}
		fmt.Println(t, t.Location(), t.Unix())
	}
	loc := time.FixedZone("EST", -5*3600)
	t, err := time.ParseInLocation("2006-01-02 15:04 MST", "2020-06-01 12:00 EST", loc)
	fmt.Println(t, err, t.UTC())
	t, err = time.ParseInLocation("2006-01-02 15:04", "2020-06-01 12:00", loc)
	fmt.Println(t, err, t.Unix())
}
