package time

import "errors"

// A Location names a time zone. gocc knows fixed zones only: UTC, zones
// made with FixedZone, and Local, which is UTC (gocc does not read the
// system's zoneinfo database; in containers, where /etc/localtime is
// usually UTC, Go's Local behaves the same).
type Location struct {
	name   string // what String returns: "UTC", "Local", or FixedZone's name
	zone   string // the abbreviation Format prints for MST
	offset int    // seconds east of UTC
}

var utcLoc = Location{name: "UTC", zone: "UTC"}
var localLoc = Location{name: "Local", zone: "UTC"}

// UTC is Coordinated Universal Time; Local is the machine's zone (UTC in gocc).
var UTC *Location = &utcLoc
var Local *Location = &localLoc

// String returns the location's name.
func (l *Location) String() string { return l.get().name }

// get maps the nil Location, used by the zero Time, to UTC.
func (l *Location) get() *Location {
	if l == nil {
		return &utcLoc
	}
	return l
}

// FixedZone returns a Location that is always offset seconds east of UTC
// and whose abbreviation is name.
func FixedZone(name string, offset int) *Location {
	return &Location{name: name, zone: name, offset: offset}
}

// LoadLocation returns the Location named name: "" and "UTC" give UTC,
// "Local" gives Local. Other names need the zoneinfo database, which gocc
// does not read: they are an error.
func LoadLocation(name string) (*Location, error) {
	switch name {
	case "", "UTC":
		return UTC, nil
	case "Local":
		return Local, nil
	}
	return nil, errors.New("unknown time zone " + name)
}

// Location returns t's location (UTC for a Time without one).
func (t Time) Location() *Location {
	if t.loc == nil {
		return UTC
	}
	return t.loc
}

// Zone returns the abbreviation and offset (seconds east of UTC) of the
// zone in effect at t.
func (t Time) Zone() (name string, offset int) {
	l := t.loc.get()
	return l.zone, l.offset
}

// In returns t with its location set to loc; it panics on a nil loc.
func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	t.loc = loc
	return t
}

// UTC and Local return t with the location set to UTC and Local.
func (t Time) UTC() Time {
	t.loc = &utcLoc
	return t
}

func (t Time) Local() Time {
	t.loc = Local
	return t
}

// local returns t's seconds since year 1 on the wall clock of its zone.
func (t Time) local() int64 {
	return t.sec + int64(t.loc.get().offset)
}
