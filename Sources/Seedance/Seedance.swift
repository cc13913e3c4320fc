/// # Seedance
///
/// One import for everything a user needs: the core (client, models, errors) and every dialect adapter.
@_exported import SeedanceCore
@_exported import SparkDance
@_exported import JieKou
@_exported import APIXO
@_exported import SeedanceAPIOrg
@_exported import ModelArk
