package p

/* never closed // ERROR "comment not terminated"
