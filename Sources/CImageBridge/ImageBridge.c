#include "CImageBridge.h"
