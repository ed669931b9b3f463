package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2009, time.November, 10, 23, 4, 5, 123456789, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond())
	fmt.Println(t.Weekday(), t.YearDay())
	y, w := t.ISOWeek()
	fmt.Println("iso", y, w)
	for _, l := range []string{time.ANSIC, time.RFC1123, time.RFC3339, time.RFC3339Nano, time.Kitchen,
		time.StampMilli, "2006-01-02", "Mon Jan _2 3:04pm", "02/01/06 15h04 .000 ,999"} {
		fmt.Println(t.Format(l))
	}
	cet := time.FixedZone("CET", 3600)
	fmt.Println(t.In(cet), t.In(cet).Format(time.RFC822Z))
	fmt.Println(t.Unix(), t.UnixNano(), t.UnixMilli())
	u := time.Unix(1e9, 0).UTC()
	fmt.Println(u, u.Location())
	fmt.Println(time.Date(2023, 2, 29, 25, 61, 0, 0, time.UTC)) // normalization
	fmt.Println(time.Date(2000, 0, 0, 0, 0, 0, -1, time.UTC))
	fmt.Println(t.AddDate(0, 3, 30), t.AddDate(-10, 0, 0).Format(time.RFC3339))
	fmt.Println(t.Truncate(time.Hour), t.Round(time.Second), t.Round(24*time.Hour))
	fmt.Println(t.Sub(u), t.After(u), u.Before(t), t.Equal(t.In(cet)))
	var z time.Time
	fmt.Println(z, z.IsZero(), z.Year(), time.Unix(0, 0).IsZero())
	fmt.Println(time.March, time.Saturday, time.Month(13), time.Weekday(9))
	fmt.Printf("%v %d %s\n", time.June, time.June, time.Friday)
	for _, s := range []string{"1h15m30.5s", "-1.5us", "300ms", "1x", "", "5", ".", "1.2.3s", "2562047h47m16.854775808s"} {
		d, err := time.ParseDuration(s)
		fmt.Println(d, err)
	}
	name, off := t.In(cet).Zone()
	fmt.Println(name, off, time.UTC, time.Local)
	loc, err := time.LoadLocation("UTC")
	fmt.Println(loc, err)
	start := time.Now()
	if s := start.String(); len(s) < 30 || time.Since(start) < 0 {
		fmt.Println("bad Now", s)
	}
}
