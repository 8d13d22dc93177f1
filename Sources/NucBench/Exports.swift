@_exported import NucCore
@_exported import NucIO
@_exported import NucMetrics
