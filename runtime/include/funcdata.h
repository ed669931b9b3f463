// funcdata.h - PCDATA and FUNCDATA table numbers and the helper macros that
// hand-written assembly uses to describe its frames, with Go 1.19's values.
// Installed into $GOCCROOT/pkg/include.

#define PCDATA_UnsafePoint 0
#define PCDATA_StackMapIndex 1
#define PCDATA_InlTreeIndex 2
#define PCDATA_ArgLiveIndex 3

#define FUNCDATA_ArgsPointerMaps 0
#define FUNCDATA_LocalsPointerMaps 1
#define FUNCDATA_StackObjects 2
#define FUNCDATA_InlTree 3
#define FUNCDATA_OpenCodedDeferInfo 4
#define FUNCDATA_ArgInfo 5
#define FUNCDATA_ArgLiveInfo 6
#define FUNCDATA_WrapInfo 7

// The frame has no pointers in its locals.
#define NO_LOCAL_POINTERS	FUNCDATA $FUNCDATA_LocalsPointerMaps, no_pointers_stackmap(SB)

// The arguments' pointer map comes from the Go declaration of the function.
#define GO_ARGS	FUNCDATA $FUNCDATA_ArgsPointerMaps, go_args_stackmap(SB)

// The results are initialised before any call (for GC scans mid-function).
#define GO_RESULTS_INITIALIZED	PCDATA $PCDATA_StackMapIndex, $1
