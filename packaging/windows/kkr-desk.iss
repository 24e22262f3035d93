; Inno Setup script for KKR Desk on Windows: a per-user install of the PyInstaller bundle
; (dist\kkr-desk\ built on Windows by packaging/build.py), a Start-menu shortcut and an
; uninstaller. Built by .github/workflows/windows-installer.yml on a Windows runner;
; it cannot be built or tested on Linux.
#define AppVersion GetEnv("KKR_DESK_VERSION")
#if AppVersion == ""
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6F0E3D64-3B0B-4E6B-9C55-3F3C7E1A4D21}
AppName=KKR Desk
AppVersion={#AppVersion}
AppPublisher=KL
DefaultDirName={localappdata}\Programs\KKR Desk
DefaultGroupName=KKR Desk
PrivilegesRequired=lowest
DisableProgramGroupPage=yes
OutputDir=..\..\dist
OutputBaseFilename=kkr-desk-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\kkr-desk.ico
UninstallDisplayIcon={app}\kkr-desk.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "danish"; MessagesFile: "compiler:Languages\Danish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\dist\kkr-desk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{userprograms}\KKR Desk"; Filename: "{app}\kkr-desk.exe"; Parameters: "gui"; IconFilename: "{app}\kkr-desk.exe"
Name: "{userdesktop}\KKR Desk"; Filename: "{app}\kkr-desk.exe"; Parameters: "gui"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Run]
Filename: "{app}\kkr-desk.exe"; Parameters: "gui"; Description: "{cm:LaunchProgram,KKR Desk}"; Flags: nowait postinstall skipifsilent
